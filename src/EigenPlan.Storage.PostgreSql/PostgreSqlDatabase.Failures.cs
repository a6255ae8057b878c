using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using Npgsql;

namespace EigenPlan.Storage.PostgreSql;

// Npgsql's failures become StoreUnavailableException (ids and the kind of failure only); a dropped pooled connection is
// replaced once.
public sealed partial class PostgreSqlDatabase
{
    private async Task<T> Guard<T>(string what, PlanId? id, Func<Task<T>> work)
    {
        if (_disposed)
        {
            throw Unavailable(what, id, "the database is closed", null);
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work();
            }
            catch (NpgsqlException ex) when (attempt == 1 && IsBrokenConnection(ex))
            {
                // A pooled connection the server had dropped (restart, failover, a cut network): nothing of this call was
                // committed, so the pool is cleared of its dead peers and the call runs once more on a fresh connection.
                _dataSource.Clear();
            }
            catch (NpgsqlException ex)
            {
                throw Unavailable(what, id, Kind(ex), ex);
            }
            catch (CommitFailedException ex)
            {
                // Not run again: the commit may have reached the server before the connection broke.
                throw Unavailable(what, id, Kind(ex.Failure), ex.Failure);
            }
            catch (ObjectDisposedException ex) when (_disposed)
            {
                throw Unavailable(what, id, "the database is closed", ex);
            }
        }
    }

    /// <summary>The connection itself failed (closed by the server, reset, refused), as opposed to a timeout or an error in SQL.</summary>
    private static bool IsBrokenConnection(NpgsqlException ex) =>
        ex is PostgresException postgres
            ? postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown || postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
            : ex.InnerException is IOException or System.Net.Sockets.SocketException;

    /// <summary>The COMMIT itself failed: whether it took effect is unknown, so the call is not repeated.</summary>
    private sealed class CommitFailedException(NpgsqlException failure) : Exception("The commit failed.", failure)
    {
        public NpgsqlException Failure { get; } = failure;
    }

    internal static StoreUnavailableException Unavailable(string what, PlanId? id, string kind, Exception? inner)
    {
        // Ids and the kind of failure only: a server message can quote stored values.
        var message = $"The plan store could not {what}{(id is { } known ? $" (plan {known.Value})" : "")}: {kind}.";
        return inner is null ? new StoreUnavailableException(message) : new StoreUnavailableException(message, inner);
    }

    internal static string Kind(NpgsqlException ex) => ex switch
    {
        PostgresException postgres => $"PostgreSQL error {postgres.SqlState}",
        { InnerException: TimeoutException } => "timeout",
        { InnerException: System.Net.Sockets.SocketException socket } => $"connection failed ({socket.SocketErrorCode})",
        { InnerException: { } inner } => $"connection failed ({inner.GetType().Name})",
        _ => "connection failed",
    };
}
