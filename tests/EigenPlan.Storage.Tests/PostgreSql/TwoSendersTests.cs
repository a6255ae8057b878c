using EigenPlan.Core.Insights;
using EigenPlan.Core.Notifications;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Storage.Tests.Conformance;

namespace EigenPlan.Storage.Tests.PostgreSql;

/// <summary>Two instances' senders on one database: every due e-mail is claimed by exactly one; counters add up.</summary>
public sealed class TwoSendersTests : IDisposable
{
    private readonly PostgreSqlTestDatabase _database = new();
    private readonly PostgreSqlStoreSet _a;
    private readonly PostgreSqlStoreSet _b;

    public TwoSendersTests()
    {
        _a = new PostgreSqlStoreSet(_database);
        _b = new PostgreSqlStoreSet(_database);
    }

    /// <summary>A shared plan whose participants (all but the owner) opened their invitation and turned e-mail on.</summary>
    private async Task<(SharedPlan Plan, List<Participant> People)> SharedPlanWithSubscribedPeopleAsync()
    {
        var created = await _a.Plans.CreateAsync(StoreSamples.Plan(), StoreSamples.Laptop);
        var plan = StoreSamples.SharedPlan(created, DateTime.UtcNow);
        var owner = await _a.Shared.CreateAsync(created.Session, plan);
        var people = plan.Participants.Where(p => p.Id != plan.Owner!.Id).ToList();
        foreach (var person in people)
        {
            var invitation = await _a.Shared.InviteAsync(owner, person.Id, InvitationRole.Contribute, null);
            var session = Assert.IsType<InvitationOpenResult.Opened>(await _a.Shared.OpenWithInvitationAsync(invitation.Token.Value)).Session;
            await _a.Notifications.SubscribeAsync(session, $"{person.Id}@voorbeeld.nl");
        }

        return (plan, people);
    }

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task BothClaimAtOnce_EachDueEmailGoesToExactlyOneSender()
    {
        var (plan, people) = await SharedPlanWithSubscribedPeopleAsync();
        foreach (var person in people)
        {
            await _a.Notifications.NotifyAsync(plan.PlanId, person.Id, NotificationKind.TurnedRed, true);
        }

        for (var round = 0; round < 3; round++)
        {
            var claims = await Task.WhenAll(
                Task.Run(() => _a.Notifications.ClaimDueAsync(1, TimeSpan.FromMinutes(5))),
                Task.Run(() => _b.Notifications.ClaimDueAsync(1, TimeSpan.FromMinutes(5))));
            var all = claims.SelectMany(c => c).ToList();
            Assert.Equal(all.Count, all.Select(c => c.RecipientId).Distinct().Count());
            foreach (var sent in all)
            {
                await _a.Notifications.MarkSentAsync(sent);
            }
        }
        var leftover = await _b.Notifications.ClaimDueAsync(10, TimeSpan.FromMinutes(5));
        Assert.Empty(leftover);
    }

    [Fact]
    public async Task BothClaimAtOnce_EachEvaluationNoticeGoesToExactlyOneSender_Once()
    {
        var (plan, people) = await SharedPlanWithSubscribedPeopleAsync();
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        await _a.Notifications.ScheduleEvaluationNoticesAsync(plan.PlanId,
            [.. people.SelectMany(p => new[] { new EvaluationNotice("eval1", p.Id, tomorrow, DateTime.UtcNow), new EvaluationNotice("eval2", p.Id, tomorrow, DateTime.UtcNow) })]);

        var sent = new List<DueNotification>();
        for (var round = 0; round < 4; round++)
        {
            var claims = await Task.WhenAll(
                Task.Run(() => _a.Notifications.ClaimDueAsync(1, TimeSpan.FromMinutes(5))),
                Task.Run(() => _b.Notifications.ClaimDueAsync(1, TimeSpan.FromMinutes(5))));
            foreach (var due in claims.SelectMany(c => c))
            {
                await _b.Notifications.MarkSentAsync(due);
                sent.Add(due);
            }
        }

        Assert.Equal(people.Count * 2, sent.Count);
        Assert.Equal(sent.Count, sent.Select(d => (d.RecipientId, d.EvaluationId)).Distinct().Count());
        Assert.Empty(await _b.Notifications.ClaimDueAsync(10, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task BothCountAtOnce_TheCounterHasBoth()
    {
        var week = new InsightWeek(2026, 10);

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            (i % 2 == 0 ? _a : _b).Insights.AddAsync([new("almere", week, InsightMetric.PlanStarted, "", 1), new("almere", week, InsightMetric.BookletPrinted, "leeg", 1)]))));

        var counts = await _a.Insights.ReadAsync("almere");
        Assert.Equal(10, counts.Single(c => c.Metric == InsightMetric.PlanStarted).Count);
        Assert.Equal(10, counts.Single(c => c.Metric == InsightMetric.BookletPrinted).Count);
    }
}
