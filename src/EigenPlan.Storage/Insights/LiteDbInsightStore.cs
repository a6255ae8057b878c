using EigenPlan.Core.Insights;
using LiteDB;

namespace EigenPlan.Storage;

/// <summary>Names of the <c>insight_counts</c> collection and its fields.</summary>
internal static class InsightCollection
{
    public const string Name = "insight_counts";

    /// <summary>
    /// The row's id is what it counts — municipality, week, metric and key — so there is no inserted-order id (LiteDB's
    /// ObjectId would carry the second the counter was made) and one row per counter, increased in place.
    /// </summary>
    public static string Id(InsightCount c) => $"{c.MunicipalityId}|{c.Week}|{c.Metric.Name()}|{c.Key}";
}

/// <summary>
/// <see cref="IInsightStore"/> on the plan file: one document per counter (<c>municipality</c>, <c>week</c>,
/// <c>metric</c>, <c>key</c>, <c>count</c>), increased in place under the database's write lock.
/// </summary>
public sealed class LiteDbInsightStore : IInsightStore
{
    private readonly LiteDbDatabase _database;

    public LiteDbInsightStore(LiteDbDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public Task AddAsync(IReadOnlyCollection<InsightCount> increments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(increments);
        if (increments.Count == 0)
        {
            return Task.CompletedTask;
        }
        _database.Write("add insight counts", null, () =>
        {
            foreach (var increment in increments)
            {
                var id = InsightCollection.Id(increment);
                var current = _database.Insights.FindById(id)?["count"].AsInt64 ?? 0;
                _database.Insights.Upsert(new BsonDocument
                {
                    ["_id"] = id,
                    ["municipality"] = increment.MunicipalityId,
                    ["week"] = increment.Week.ToString(),
                    ["metric"] = increment.Metric.Name(),
                    ["key"] = increment.Key,
                    ["count"] = current + increment.Count,
                });
            }
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<InsightCount>> ReadAsync(string municipalityId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<InsightCount>>(_database.Read("read insight counts", null, () => Parse(_database.Insights.Find(Query.EQ("municipality", municipalityId)))));

    public Task<IReadOnlyList<InsightCount>> ReadAllAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<InsightCount>>(_database.Read("read insight counts", null, () => Parse(_database.Insights.FindAll())));

    private static List<InsightCount> Parse(IEnumerable<BsonDocument> documents) =>
        documents.Select(d => InsightWeek.TryParse(d["week"].AsString, out var week) && InsightMetrics.TryParse(d["metric"].AsString, out var metric)
                ? new InsightCount(d["municipality"].AsString, week, metric, d["key"].AsString, d["count"].AsInt64)
                : null)
            .OfType<InsightCount>()
            .ToList();
}
