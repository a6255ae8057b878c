using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>
/// A session of <see cref="PostgreSqlPlanStore"/>: holds the unwrapped plan key, reachable only from this assembly, and
/// the device it was opened on. It remembers the database object it was opened on, so a session of another is refused.
/// </summary>
internal sealed class PostgreSqlPlanSession(
    PostgreSqlDatabase database, PlanId planId, string deviceId, byte[] planKey, DateTime openedUtc)
    : PlanSession(planId, deviceId, AccessRole.Owner, AccessLogWords.OwnerActor, openedUtc), IPostgreSqlSession
{
    public PostgreSqlDatabase Database { get; } = database;

    public byte[] PlanKey { get; } = planKey;
}
