using EigenPlan.Web.State;
using Microsoft.Extensions.Logging;

namespace EigenPlan.Web.Tests;

public class ChangeNotifierTests
{
    [Fact]
    public async Task NotifyAsync_AFailingListener_IsLogged_AndTheOthersStillRun()
    {
        var logger = new ListLogger();
        var notifier = new ChangeNotifier(logger);
        var calls = new List<string>();
        using var first = notifier.Subscribe(() => throw new InvalidOperationException("kapot"));
        using var second = notifier.Subscribe(async () =>
        {
            await Task.Yield();
            calls.Add("tweede");
        });

        await notifier.NotifyAsync();

        Assert.Equal(["tweede"], calls);
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.IsType<InvalidOperationException>(entry.Exception);
    }

    [Fact]
    public async Task Subscription_Disposed_IsNotCalledAnyMore()
    {
        var notifier = new ChangeNotifier(new ListLogger());
        var calls = 0;
        var subscription = notifier.Subscribe(() =>
        {
            calls++;
            return Task.CompletedTask;
        });

        await notifier.NotifyAsync();
        subscription.Dispose();
        await notifier.NotifyAsync();

        Assert.Equal(1, calls);
    }
}
