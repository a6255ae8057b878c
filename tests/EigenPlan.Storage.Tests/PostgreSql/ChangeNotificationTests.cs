using EigenPlan.Core.Security;
using EigenPlan.Storage.PostgreSql;

namespace EigenPlan.Storage.Tests.PostgreSql;

/// <summary>Shared-plan changes reach the subscribers of every instance through LISTEN/NOTIFY (two database objects, two pools).</summary>
public sealed class ChangeNotificationTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private readonly PostgreSqlTestDatabase _database = new();
    private readonly PostgreSqlDatabase _a;
    private readonly PostgreSqlDatabase _b;
    private readonly PostgreSqlSharedPlanChanges _changesA;
    private readonly PostgreSqlSharedPlanChanges _changesB;

    public ChangeNotificationTests()
    {
        _a = _database.Open();
        _b = _database.Open();
        _changesA = new PostgreSqlSharedPlanChanges(_a, firstRetry: TimeSpan.FromMilliseconds(100));
        _changesB = new PostgreSqlSharedPlanChanges(_b);
    }

    public async ValueTask DisposeAsync()
    {
        await _changesA.DisposeAsync();
        await _changesB.DisposeAsync();
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task APublishOnOneInstance_CallsTheSubscribersOfThatPlanOnEveryInstance_AndNoOthers()
    {
        var plan = PlanId.Generate();
        var other = new Calls();
        var onA = new Calls();
        var onB = new Calls();
        using var a = _changesA.Subscribe(plan, onA.Call);
        using var b = _changesB.Subscribe(plan, onB.Call);
        using var elsewhere = _changesA.Subscribe(OtherThan(plan), other.Call);
        await Task.WhenAll(_changesA.StartAsync(), _changesB.StartAsync());

        await _changesB.PublishAsync(plan);

        await onA.WaitForAsync(1);
        await onB.WaitForAsync(1);
        await _changesA.PublishAsync(plan);
        await onB.WaitForAsync(2);
        await onA.WaitForAsync(2);
        Assert.Equal(0, other.Count);
    }

    [Fact]
    public async Task AfterUnsubscribing_NothingIsCalled()
    {
        var plan = PlanId.Generate();
        var gone = new Calls();
        var stays = new Calls();
        var subscription = _changesA.Subscribe(plan, gone.Call);
        using var staying = _changesA.Subscribe(plan, stays.Call);
        await _changesA.StartAsync();

        subscription.Dispose();
        await _changesB.PublishAsync(plan);

        await stays.WaitForAsync(1);
        Assert.Equal(0, gone.Count);
    }

    [Fact]
    public async Task WhenTheListeningConnectionDrops_ItReconnects_EveryoneReloadsOnce_AndHearsChangesAgain()
    {
        var plan = PlanId.Generate();
        var onA = new Calls();
        using var a = _changesA.Subscribe(plan, onA.Call);
        await _changesA.StartAsync();

        // As a server restart or a network cut would: the server ends the listening connection.
        Assert.Equal("t", _database.Psql(
            $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{_database.Name}' AND query LIKE 'LISTEN%'").Trim());

        await onA.WaitForAsync(1);
        await _changesA.WhenListeningAsync().WaitAsync(Patience);
        await _changesB.PublishAsync(plan);
        await onA.WaitForAsync(2);
    }

    private static PlanId OtherThan(PlanId plan)
    {
        var other = PlanId.Generate();
        return other == plan ? OtherThan(plan) : other;
    }

    /// <summary>Counts calls from the listening thread; a test waits until a number is reached.</summary>
    private sealed class Calls
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Call() => Interlocked.Increment(ref _count);

        public async Task WaitForAsync(int count)
        {
            var until = DateTime.UtcNow + Patience;
            while (Count < count)
            {
                Assert.True(DateTime.UtcNow < until, $"expected {count} calls within {Patience.TotalSeconds} s, got {Count}");
                await Task.Delay(20);
            }
        }
    }
}
