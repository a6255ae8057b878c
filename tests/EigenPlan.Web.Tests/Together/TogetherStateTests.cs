using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Storage;
using EigenPlan.Web.State.Together;
using Microsoft.Extensions.Logging;

namespace EigenPlan.Web.Tests.Together;

/// <summary>
/// How the shared plan of one circuit hears about changes from others through <see cref="ISharedPlanChanges"/> (in
/// memory here; PostgreSQL's LISTEN/NOTIFY across instances in the end-to-end tests), on a real temporary LiteDB store.
/// </summary>
public sealed class TogetherStateTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "eigenplan-together-" + Guid.NewGuid().ToString("N"));
    private readonly LiteDbDatabase _database;
    private readonly LiteDbPlanStore _plans;
    private readonly LiteDbSharedPlanStore _shared;
    private readonly ListLogger _log = new();

    public TogetherStateTests()
    {
        _database = new LiteDbDatabase(new StorageOptions { DatabasePath = Path.Combine(_folder, "eigenplan.db"), KdfIterations = 1_000 });
        _plans = new LiteDbPlanStore(_database);
        _shared = new LiteDbSharedPlanStore(_database);
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task AChangeInOneCircuit_ReloadsAnotherCircuitOfThePlan_AndAClosedCircuitHearsNothingMore()
    {
        var changes = new CountingChanges(new InMemorySharedPlanChanges());
        var (goalId, first, second) = await TwoContributorsAsync();
        using var writer = State(changes);
        var reader = State(changes);
        await writer.EnsureInviteeAsync(first.Invitation.Id, first.Token.Value);
        await reader.EnsureInviteeAsync(second.Invitation.Id, second.Token.Value);
        var told = new TaskCompletionSource();
        using var subscription = reader.Subscribe(() =>
        {
            told.TrySetResult();
            return Task.CompletedTask;
        });

        var result = await writer.EditAsync(e => e.SetStatus(goalId, GoalStatus.Orange, "De post ligt nog op tafel."));
        await told.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(result.Succeeded);
        Assert.Equal(GoalStatus.Orange, reader.Plan.FindGoal(goalId)!.Status);
        Assert.Equal(2, changes.Open);
        reader.Dispose();
        Assert.Equal(1, changes.Open);
    }

    [Fact]
    public async Task AChangeThatCannotBeAnnounced_IsStillStored_AndTheFailureIsLogged()
    {
        var (goalId, first, _) = await TwoContributorsAsync();
        using var state = State(new UnreachableChanges());
        await state.EnsureInviteeAsync(first.Invitation.Id, first.Token.Value);

        var result = await state.EditAsync(e => e.SetStatus(goalId, GoalStatus.Green, null));

        Assert.True(result.Succeeded);
        Assert.Equal(GoalStatus.Green, state.Plan.FindGoal(goalId)!.Status);
        var logged = Assert.Single(_log.Entries, e => e.Level == LogLevel.Error);
        Assert.StartsWith("Shared plan ", logged.Message, StringComparison.Ordinal);
        Assert.Contains("could not be told", logged.Message, StringComparison.Ordinal);
    }

    private TogetherState State(ISharedPlanChanges changes, ISharedPlanEvents? events = null) =>
        new(_shared, changes, events ?? new NoSharedPlanEvents(), TimeProvider.System, new ListLogger<TogetherState>(_log));

    [Fact]
    public async Task StoredChange_HandsItsEventsToTheListener_RefusalHandsNothing()
    {
        var events = new RecordingEvents();
        var (goalId, first, _) = await TwoContributorsAsync();
        using var state = State(new InMemorySharedPlanChanges(), events);
        await state.EnsureInviteeAsync(first.Invitation.Id, first.Token.Value);

        var refused = await state.EditAsync(e => e.MarkReached(goalId));
        var stored = await state.EditAsync(e => e.SetStatus(goalId, GoalStatus.Red, "Het loopt vast."));

        Assert.False(refused.Succeeded);
        Assert.True(stored.Succeeded);
        var (planId, raised) = Assert.Single(events.Published);
        Assert.Equal(state.Session!.PlanId, planId);
        Assert.Equal((SharedPlanEventKind.StatusChanged, GoalStatus.Red, goalId), (raised[0].Kind, raised[0].Status, raised[0].GoalId));
        Assert.Equal(SharedPlanEventKind.StatusChanged, state.Plan.Events[^1].Kind);
    }

    private sealed class RecordingEvents : ISharedPlanEvents
    {
        public List<(PlanId PlanId, IReadOnlyList<SharedPlanEvent> Events)> Published { get; } = [];

        public Task PublishAsync(PlanId planId, IReadOnlyList<SharedPlanEvent> events, CancellationToken cancellationToken = default)
        {
            Published.Add((planId, events));
            return Task.CompletedTask;
        }
    }

    /// <summary>A plan with a shared plan of one goal and two invited contributors.</summary>
    private async Task<(string GoalId, InvitationCreated First, InvitationCreated Second)> TwoContributorsAsync()
    {
        var created = await _plans.CreateAsync(new PlanContent { MunicipalityId = "almere", FormatId = "basis" }, new NewDevice("test", shared: false));
        var draft = new SharedPlanDraft(created.PlanId.Value, "basis", "Henriëtte", "Zonder zorgen wonen.",
            [new GoalDraft("Rondkomen zonder zorgen", "geldzaken.inkomen")],
            [new ParticipantSuggestion("Fatima", ParticipantKind.Network, "zus", null),
             new ParticipantSuggestion("Kees", ParticipantKind.Wijkteam, "wijkteam", "Wijkteam Almere")]);
        Assert.True(SharedPlanFactory.Create(draft, DateTime.UtcNow, out var plan).Succeeded);
        var owner = await _shared.CreateAsync(created.Session, plan!);
        var fatima = plan!.Participants.Single(p => p.Name == "Fatima").Id;
        var kees = plan.Participants.Single(p => p.Name == "Kees").Id;
        return (plan.Goals[0].Id,
            await _shared.InviteAsync(owner, fatima, InvitationRole.Contribute, null),
            await _shared.InviteAsync(owner, kees, InvitationRole.Contribute, null));
    }

    /// <summary>Counts the subscriptions still open.</summary>
    private sealed class CountingChanges(ISharedPlanChanges inner) : ISharedPlanChanges
    {
        private int _open;

        public int Open => Volatile.Read(ref _open);

        public IDisposable Subscribe(PlanId planId, Action listener)
        {
            Interlocked.Increment(ref _open);
            return new Counted(inner.Subscribe(planId, listener), this);
        }

        public Task PublishAsync(PlanId planId, CancellationToken cancellationToken = default) => inner.PublishAsync(planId, cancellationToken);

        private sealed class Counted(IDisposable subscription, CountingChanges owner) : IDisposable
        {
            public void Dispose()
            {
                subscription.Dispose();
                Interlocked.Decrement(ref owner._open);
            }
        }
    }

    /// <summary>Changes over a database that cannot be reached: subscribing works, telling the others does not.</summary>
    private sealed class UnreachableChanges : ISharedPlanChanges
    {
        public IDisposable Subscribe(PlanId planId, Action listener) => new Nothing();

        public Task PublishAsync(PlanId planId, CancellationToken cancellationToken = default) =>
            throw new StoreUnavailableException("tell other instances about a change", new IOException("connection refused"));

        private sealed class Nothing : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }
}
