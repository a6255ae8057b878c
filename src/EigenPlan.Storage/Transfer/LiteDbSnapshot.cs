using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using LiteDB;

namespace EigenPlan.Storage.Transfer;

/// <summary>
/// Reads every record of a LiteDB plan database as stored, opened <b>read-only</b> (stop the app first): the source of
/// <c>eigenplan store copy</c>. Decrypts nothing and needs no code; the audit key file is not read here.
/// </summary>
public sealed class LiteDbSnapshot : IStoreSnapshot, IDisposable
{
    private readonly LiteDatabase _db;

    /// <exception cref="StoreUnavailableException">The file is missing, damaged or cannot be opened.</exception>
    public LiteDbSnapshot(string databasePath)
    {
        var path = Path.GetFullPath(databasePath);
        if (!File.Exists(path))
        {
            throw new StoreUnavailableException($"The plan database {path} does not exist.");
        }
        DatabaseFileCheck.Check(path);
        try
        {
            _db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
        }
        catch (Exception ex) when (ex is LiteException or IOException)
        {
            throw new StoreUnavailableException($"The plan database {path} could not be opened ({ex.GetType().Name}).", ex);
        }
    }

    public StoreCounts Count()
    {
        var plans = Collection(PlanRecord.CollectionName).FindAll().ToList();
        var tombstones = plans.Count(d => d.ContainsKey("deletedTicks"));
        return new StoreCounts(
            plans.Count - tombstones,
            tombstones,
            Collection(DeviceCollection.Name).Count(),
            Collection(SharedPlanRecord.CollectionName).Count(),
            Collection(InvitationRecord.CollectionName).Count(),
            Collection(AccessLogCollection.Name).Count(),
            Collection(AccessLogCollection.HeadsName).Count(),
            Collection(NotificationRecord.CollectionName).Count(),
            Collection(EvaluationNoticeRecord.CollectionName).Count(),
            Collection(InsightCollection.Name).Count());
    }

    public IEnumerable<PlanRow> Plans() =>
        Collection(PlanRecord.CollectionName).FindAll().Select(PlanRecord.FromDocument).OfType<PlanRecord>()
            .Select(p => new PlanRow(p.Id, p.Salt, p.Iterations, p.Verifier, p.WrappedKey, p.Content, p.Version, p.CreatedUtc, p.UpdatedUtc));

    public IEnumerable<PlanTombstoneRow> Tombstones() =>
        Collection(PlanRecord.CollectionName).FindAll().Where(d => d.ContainsKey("deletedTicks"))
            .Select(d => new PlanTombstoneRow(new Core.Security.PlanId(d["_id"].AsString), new DateTime(d["deletedTicks"].AsInt64, DateTimeKind.Utc)));

    public IEnumerable<DeviceRow> Devices() =>
        Collection(DeviceCollection.Name).FindAll().Select(d => DeviceRecord.FromDocument(d)!)
            .Select(d => new DeviceRow(d.Id, d.PlanId, d.Verifier, d.WrappedKey, d.Label, d.Shared, d.CreatedUtc, d.LastUsedUtc, d.ExpiresUtc));

    public IEnumerable<SharedPlanRow> SharedPlans() =>
        Collection(SharedPlanRecord.CollectionName).FindAll().Select(d => SharedPlanRecord.FromDocument(d)!)
            .Select(s => new SharedPlanRow(s.Id, s.WrappedKey, s.Content, s.CreatedUtc, s.UpdatedUtc));

    public IEnumerable<InvitationRow> Invitations() =>
        Collection(InvitationRecord.CollectionName).FindAll().Select(d => InvitationRecord.FromDocument(d)!)
            .Select(i => new InvitationRow(i.Id, i.PlanId, i.TokenHash, i.ParticipantId, i.Role, i.CreatedUtc, i.ExpiresUtc, i.WithdrawnUtc,
                i.LastUsedUtc, i.InviteeKek, i.OwnerKek, i.SharedKey));

    public IEnumerable<AccessLogEntry> AccessLog()
    {
        // Through the planId index, so each plan's entries come together; within a plan by sequence, as the store reads them.
        var plan = new List<AccessLogEntry>();
        foreach (var entry in Collection(AccessLogCollection.Name).Find(Query.All("planId", Query.Ascending)).Select(AccessLogCollection.FromDocument))
        {
            if (plan.Count > 0 && plan[0].PlanId != entry.PlanId)
            {
                foreach (var e in plan.OrderBy(e => e.Sequence))
                {
                    yield return e;
                }
                plan.Clear();
            }
            plan.Add(entry);
        }
        foreach (var e in plan.OrderBy(e => e.Sequence))
        {
            yield return e;
        }
    }

    public IEnumerable<AccessLogHead> AccessLogHeads() =>
        Collection(AccessLogCollection.HeadsName).FindAll().Select(AccessLogCollection.HeadFromDocument);

    public IEnumerable<NotificationRecipientRow> NotificationRecipients() =>
        Collection(NotificationRecord.CollectionName).FindAll().Select(d => (Row: NotificationRecord.FromDocument(d)!, Due: d["dueTicks"]))
            .Select(r => new NotificationRecipientRow(r.Row.RecipientId, r.Row.PlanId, r.Row.InvitationId, r.Row.ParticipantId, r.Row.Address,
                r.Row.SinceUtc, r.Row.Schedule.PendingSinceUtc, r.Row.Schedule.UrgentSinceUtc, r.Row.Schedule.LastChangeUtc, r.Row.Schedule.LastSentUtc,
                r.Due.IsInt64 ? new DateTime(r.Due.AsInt64, DateTimeKind.Utc) : null, r.Row.ClaimedUntilUtc));

    public IEnumerable<EvaluationNoticeRow> EvaluationNotices() =>
        Collection(EvaluationNoticeRecord.CollectionName).FindAll().Select(EvaluationNoticeRecord.FromDocument);

    public IEnumerable<InsightCountRow> InsightCounts() =>
        Collection(InsightCollection.Name).FindAll()
            .Select(d => new InsightCountRow(d["municipality"].AsString, d["week"].AsString, d["metric"].AsString, d["key"].AsString, d["count"].AsInt64));

    public void Dispose() => _db.Dispose();

    private ILiteCollection<BsonDocument> Collection(string name) => _db.GetCollection(name);
}
