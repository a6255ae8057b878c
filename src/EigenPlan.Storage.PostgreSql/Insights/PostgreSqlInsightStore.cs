using EigenPlan.Core.Insights;
using Npgsql;

namespace EigenPlan.Storage.PostgreSql;

/// <summary>
/// <see cref="IInsightStore"/> in <c>insight_counts</c>: one row per (municipality, week, metric, key), increased in
/// place with an upsert, so every instance adds to the same counters. No id column, no finer time.
/// </summary>
public sealed class PostgreSqlInsightStore : IInsightStore
{
    private readonly PostgreSqlDatabase _database;

    public PostgreSqlInsightStore(PostgreSqlDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    public Task AddAsync(IReadOnlyCollection<InsightCount> increments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(increments);
        return increments.Count == 0
            ? Task.CompletedTask
            : _database.WriteAsync("add insight counts", null, async c =>
            {
                // In key order, so two instances adding at once lock the rows in the same order and never deadlock.
                foreach (var i in increments.OrderBy(i => (i.MunicipalityId, i.Week.ToString(), i.Metric.Name(), i.Key)))
                {
                    await c.ExecuteAsync("INSERT INTO insight_counts (municipality, week, metric, key, count) VALUES ($1, $2, $3, $4, $5) "
                        + "ON CONFLICT (municipality, week, metric, key) DO UPDATE SET count = insight_counts.count + excluded.count",
                        [i.MunicipalityId, i.Week.ToString(), i.Metric.Name(), i.Key, i.Count], cancellationToken);
                }
            }, cancellationToken);
    }

    public Task<IReadOnlyList<InsightCount>> ReadAsync(string municipalityId, CancellationToken cancellationToken = default) =>
        _database.ReadAsync<IReadOnlyList<InsightCount>>("read insight counts", null, async c => Parse(await c.ListAsync(
            "SELECT municipality, week, metric, key, count FROM insight_counts WHERE municipality = $1", [municipalityId], Raw, cancellationToken)),
            cancellationToken);

    public Task<IReadOnlyList<InsightCount>> ReadAllAsync(CancellationToken cancellationToken = default) =>
        _database.ReadAsync<IReadOnlyList<InsightCount>>("read insight counts", null, async c => Parse(await c.ListAsync(
            "SELECT municipality, week, metric, key, count FROM insight_counts", [], Raw, cancellationToken)), cancellationToken);

    private static (string, string, string, string, long) Raw(NpgsqlDataReader r) => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4));

    private static List<InsightCount> Parse(List<(string Municipality, string Week, string Metric, string Key, long Count)> rows) =>
        rows.Select(r => InsightWeek.TryParse(r.Week, out var week) && InsightMetrics.TryParse(r.Metric, out var metric)
                ? new InsightCount(r.Municipality, week, metric, r.Key, r.Count)
                : null)
            .OfType<InsightCount>()
            .ToList();
}
