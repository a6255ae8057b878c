using EigenPlan.Core.Audit;

namespace EigenPlan.Storage.Transfer;

/// <summary>
/// Verifies the access log of every plan in a snapshot at once (each plan's chain against the audit key and its head
/// anchor), streaming the entries: what <c>eigenplan store copy</c> checks on both sides.
/// </summary>
public static class AccessLogAudit
{
    /// <summary>
    /// The verification of each plan that has log entries or a head anchor, by plan id. <paramref name="entries"/> must be
    /// grouped by plan, each plan's in sequence order (as <see cref="IStoreSnapshot.AccessLog"/> gives them).
    /// </summary>
    public static IReadOnlyDictionary<string, ChainVerification> VerifyAll(AuditKey key, IEnumerable<AccessLogEntry> entries, IEnumerable<AccessLogHead> heads)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(heads);
        var headsByPlan = new Dictionary<string, AccessLogHead>(StringComparer.Ordinal);
        foreach (var head in heads)
        {
            headsByPlan[head.PlanId] = head;
        }
        var results = new Dictionary<string, ChainVerification>(StringComparer.Ordinal);
        var plan = new List<AccessLogEntry>();
        void Finish()
        {
            if (plan.Count > 0)
            {
                var id = plan[0].PlanId;
                results[id] = AccessLogChain.Verify(key, id, plan, headsByPlan.GetValueOrDefault(id));
                plan = [];
            }
        }
        foreach (var entry in entries)
        {
            if (plan.Count > 0 && plan[0].PlanId != entry.PlanId)
            {
                Finish();
            }
            plan.Add(entry);
        }
        Finish();
        foreach (var (id, head) in headsByPlan.Where(h => !results.ContainsKey(h.Key)))
        {
            results[id] = AccessLogChain.Verify(key, id, [], head);
        }
        return results;
    }
}
