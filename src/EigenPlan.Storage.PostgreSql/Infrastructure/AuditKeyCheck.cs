using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using Npgsql;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>
/// Makes sure every instance signs the access log with the same audit key. The database keeps one MAC of a fixed text
/// under the key (it says nothing about the key): the first start stores it; a later start with another key (a typo in
/// <c>Audit__Key</c> on one instance, a key from another environment) stops with a message instead of writing log
/// entries that no one can verify.
/// </summary>
internal static class AuditKeyCheck
{
    public static async Task RequireAsync(NpgsqlConnection connection, AuditKey key, CancellationToken cancellationToken)
    {
        var expected = Compute(key);
        await connection.ExecuteAsync("INSERT INTO audit_key_check (id, mac) VALUES (1, $1) ON CONFLICT (id) DO NOTHING", [expected], cancellationToken);
        var stored = await connection.ScalarAsync<string>("SELECT mac FROM audit_key_check WHERE id = 1", [], cancellationToken);
        if (!string.Equals(stored, expected, StringComparison.Ordinal))
        {
            throw new StoreUnavailableException(
                "Audit:Key is not the key this database's access logs were signed with. Set Audit__Key to the key this "
                + "database was started with (every instance the same; restore it from your backup). The app did not start.");
        }
    }

    /// <summary>The stored check value: the head-anchor MAC of a fixed, impossible plan id.</summary>
    public static string Compute(AuditKey key) =>
        AccessLogChain.ComputeMac(key, new AccessLogHead("audit-key-check", 0, "eigenplan/audit-key-check/v1", ""));
}
