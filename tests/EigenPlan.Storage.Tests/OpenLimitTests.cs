using System.Diagnostics;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;

namespace EigenPlan.Storage.Tests;

public class OpenLimitTests
{
    private static string WrongSecret(PlanCreated created)
    {
        while (true)
        {
            var code = PersonalCode.Generate(created.PlanId);
            if (!code.Equals(created.Code))
            {
                return code.ToString();
            }
        }
    }

    private static string UnknownId(PlanCreated created)
    {
        while (true)
        {
            var code = PersonalCode.Generate();
            if (code.PlanId != created.PlanId)
            {
                return code.ToString();
            }
        }
    }

    [Fact]
    public async Task WrongSecret_AndUnknownId_BothGiveWrongCode_WithTheSameMessage()
    {
        using var temp = new TempStore();
        var created = await temp.Store.CreateAsync(TempStore.Plan());

        var wrong = await temp.Store.OpenWithCodeAsync(WrongSecret(created), "a");
        var unknown = await temp.Store.OpenWithCodeAsync(UnknownId(created), "b");

        Assert.IsType<PlanOpenResult.WrongCode>(wrong);
        Assert.IsType<PlanOpenResult.WrongCode>(unknown);
        Assert.Equal(wrong.Message, unknown.Message);
    }

    [Fact]
    public async Task WrongSecret_AndUnknownId_TakeSimilarTime()
    {
        using var temp = new TempStore(iterations: 100_000);
        var created = await temp.Store.CreateAsync(TempStore.Plan());
        temp.Options.MaxFailedOpens = 1000;
        var store = temp.Restart();

        // Interleaved, so a busy machine slows both kinds alike.
        var wrong = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            foreach (var (code, times) in new[] { (WrongSecret(created), wrong), (UnknownId(created), unknown) })
            {
                var watch = Stopwatch.StartNew();
                Assert.IsType<PlanOpenResult.WrongCode>(await store.OpenWithCodeAsync(code, $"client-{Guid.NewGuid()}"));
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);

        // Both are dominated by the same key derivation; without the decoy the unknown id would answer ~100× faster.
        Assert.InRange(Median(unknown) / Median(wrong), 0.5, 2.0);
    }

    [Fact]
    public async Task Malformed_IsReported_WithoutCountingAsAttempt()
    {
        using var temp = new TempStore();
        var created = await temp.Store.CreateAsync(TempStore.Plan());
        for (var i = 0; i < 10; i++)
        {
            Assert.IsType<PlanOpenResult.Malformed>(await temp.Store.OpenWithCodeAsync("K7P2-9XQM", "c"));
        }
        Assert.IsType<PlanOpenResult.Opened>(await temp.Store.OpenWithCodeAsync(created.Code.ToString(), "c"));
    }

    [Fact]
    public async Task FiveWrongCodesForAPlan_ThenRateLimited_EvenWithRightCodeFromElsewhere_UntilWindowPasses()
    {
        using var temp = new TempStore();
        var created = await temp.Store.CreateAsync(TempStore.Plan());
        for (var i = 0; i < 5; i++)
        {
            Assert.IsType<PlanOpenResult.WrongCode>(await temp.Store.OpenWithCodeAsync(WrongSecret(created), $"attacker-{i}"));
        }

        var limited = Assert.IsType<PlanOpenResult.RateLimited>(await temp.Store.OpenWithCodeAsync(created.Code.ToString(), "owner"));
        Assert.Equal(TimeSpan.FromMinutes(15), limited.RetryAfter);
        Assert.Contains("15 minuten", limited.Message, StringComparison.Ordinal);

        temp.Clock.Advance(TimeSpan.FromMinutes(10));
        var stillLimited = Assert.IsType<PlanOpenResult.RateLimited>(await temp.Store.OpenWithCodeAsync(created.Code.ToString(), "owner"));
        Assert.Equal(TimeSpan.FromMinutes(5), stillLimited.RetryAfter);

        temp.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.IsType<PlanOpenResult.Opened>(await temp.Store.OpenWithCodeAsync(created.Code.ToString(), "owner"));
    }

    [Fact]
    public async Task FiveWrongCodesFromOneClient_AcrossPlans_ThenThatClientIsRateLimited_OthersAreNot()
    {
        using var temp = new TempStore();
        var created = await temp.Store.CreateAsync(TempStore.Plan());
        for (var i = 0; i < 5; i++)
        {
            Assert.IsType<PlanOpenResult.WrongCode>(await temp.Store.OpenWithCodeAsync(UnknownId(created), "10.0.0.7"));
        }

        Assert.IsType<PlanOpenResult.RateLimited>(await temp.Store.OpenWithCodeAsync(created.Code.ToString(), "10.0.0.7"));
        Assert.IsType<PlanOpenResult.Opened>(await temp.Store.OpenWithCodeAsync(created.Code.ToString(), "10.0.0.8"));
    }

    [Fact]
    public async Task RateLimit_CountsUnknownIdsLikeKnownOnes_SoItRevealsNothing()
    {
        using var temp = new TempStore();
        var created = await temp.Store.CreateAsync(TempStore.Plan());
        var unknown = UnknownId(created);
        for (var i = 0; i < 5; i++)
        {
            Assert.IsType<PlanOpenResult.WrongCode>(await temp.Store.OpenWithCodeAsync(unknown, $"c{i}"));
        }
        Assert.IsType<PlanOpenResult.RateLimited>(await temp.Store.OpenWithCodeAsync(unknown, "c9"));
    }

    [Fact]
    public async Task RightCode_ClearsThePlansFailures()
    {
        using var temp = new TempStore();
        var created = await temp.Store.CreateAsync(TempStore.Plan());
        for (var i = 0; i < 4; i++)
        {
            await temp.Store.OpenWithCodeAsync(WrongSecret(created), $"x{i}");
        }
        Assert.IsType<PlanOpenResult.Opened>(await temp.Store.OpenWithCodeAsync(created.Code.ToString(), "owner"));
        for (var i = 0; i < 4; i++)
        {
            Assert.IsType<PlanOpenResult.WrongCode>(await temp.Store.OpenWithCodeAsync(WrongSecret(created), $"y{i}"));
        }
        Assert.IsType<PlanOpenResult.Opened>(await temp.Store.OpenWithCodeAsync(created.Code.ToString(), "owner"));
    }
}
