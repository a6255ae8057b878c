using System.Text;
using EigenPlan.Core.Insights;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Storage.Tests.Conformance;
using LiteDB;

namespace EigenPlan.Storage.Tests.LiteDb;

/// <summary>What the raw file says about e-mail opt-ins and insight counters: a sealed address, counters with no way back to a plan.</summary>
public sealed class NotificationAndInsightRawTests
{
    [Fact]
    public async Task DataFolder_HoldsNoEmailAddress()
    {
        using var temp = new TempStore();
        var created = await temp.CreateAsync();
        var plan = temp.SharedPlan(created);
        var owner = await temp.Shared.CreateAsync(created.Session, plan);
        var invitation = await temp.Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Fatima"), InvitationRole.Contribute, null);
        var sister = Assert.IsType<InvitationOpenResult.Opened>(await temp.Shared.OpenWithInvitationAsync(invitation.Token.Value)).Session;
        await temp.Notifications.SubscribeAsync(sister, "zeldzaamadres@voorbeeld.nl");
        temp.Close();

        var bytes = Directory.EnumerateFiles(temp.Folder, "*", SearchOption.AllDirectories).SelectMany(File.ReadAllBytes).ToArray();

        Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(created.PlanId.Value)) >= 0);
        Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("zeldzaamadres")) < 0, "the address is in the raw file");
    }

    /// <summary>
    /// The proof: each stored insight row has exactly municipality, ISO week, metric, key and count — no plan id,
    /// no text, no time finer than the week, no inserted-order id — and counting again adds to the same row.
    /// </summary>
    [Fact]
    public async Task InsightRows_CannotBeJoinedBackToAPlan()
    {
        using var temp = new TempStore();
        var created = await temp.CreateAsync("Kwartelkoningstraat");
        var week = InsightWeek.Of(DateOnly.FromDateTime(temp.Clock.UtcNow));
        await temp.Insights.AddAsync([new("almere", week, InsightMetric.PlanStarted, "", 1), new("almere", week, InsightMetric.TopicWorkedOn, "wonen.wonen", 1)]);
        await temp.Insights.AddAsync([new("almere", week, InsightMetric.PlanStarted, "", 1)]);
        temp.Close();

        using var db = new LiteDatabase(new ConnectionString { Filename = temp.Options.DatabasePath, ReadOnly = true });
        var rows = db.GetCollection("insight_counts").FindAll().ToList();

        Assert.Equal(2, rows.Count);
        foreach (var row in rows)
        {
            Assert.Equal(["_id", "count", "key", "metric", "municipality", "week"], row.Keys.Order(StringComparer.Ordinal));
            Assert.True(row["_id"].IsString, "the id must be what the row counts, not an ObjectId that carries a time and an order");
            Assert.True(InsightWeek.TryParse(row["week"].AsString, out _));
            Assert.True(row["count"].IsInt64);
            Assert.DoesNotContain(created.PlanId.Value, row.ToString(), StringComparison.Ordinal);
        }
        Assert.Equal(2, rows.Single(r => r["metric"] == "plan_started")["count"].AsInt64);
    }
}
