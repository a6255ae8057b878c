namespace EigenPlan.Core.Plans;

/// <summary>
/// The store could not read or write right now (disk full, file locked, database down). Thrown by every store provider
/// in place of its own exception types, so the web layer handles one Core-level failure and never sees LiteDB or Npgsql.
/// The message holds ids and the kind of failure only, never plan content.
/// </summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
