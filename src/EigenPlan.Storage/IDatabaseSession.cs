namespace EigenPlan.Storage;

/// <summary>A session that remembers the <see cref="LiteDbDatabase"/> it was opened on (see <see cref="LiteDbDatabase.Own{T}"/>).</summary>
internal interface IDatabaseSession
{
    LiteDbDatabase Database { get; }
}
