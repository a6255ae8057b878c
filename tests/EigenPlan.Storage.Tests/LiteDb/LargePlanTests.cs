using System.Diagnostics;
using EigenPlan.Core.Plans;
using Xunit.Abstractions;

namespace EigenPlan.Storage.Tests.LiteDb;

public class LargePlanTests(ITestOutputHelper output)
{
    /// <summary>Every field full of random text and every house a full random drawing: far beyond real use.</summary>
    private static PlanContent Largest()
    {
        var random = new Random(7);
        string Text() => new(Enumerable.Range(0, PlanLimits.MaxTextLength).Select(_ => (char)random.Next('a', 'z' + 1)).ToArray());
        var plan = new PlanContent { MunicipalityId = "almere", FormatId = "basis" };
        for (var t = 0; t < 13; t++)
        {
            foreach (var q in new[] { "nu", "wil", "bereiken", "zelf", "netwerk", "nodig" })
            {
                plan.Topic($"huis{t % 6}.onderwerp{t}").Answers[q] = Text();
            }
        }
        for (var h = 0; h < 6; h++)
        {
            var notes = plan.House($"huis{h}");
            notes.GoingWell = Text();
            notes.NotGoingWell = Text();
            notes.FreeText = Text();
            notes.Drawing.Strokes.Add(new Stroke
            {
                Points = Enumerable.Range(0, PlanLimits.MaxPointsPerDrawing * 2).Select(_ => (float)(random.NextDouble() * 700)).ToList(),
            });
        }
        return plan;
    }

    [Fact]
    public async Task Save_LargestPlanTheLimitsAllow_FitsInOneDocument_AndRoundTrips()
    {
        using var temp = new TempStore();
        var plan = Largest();
        var created = await temp.Store.CreateAsync(new PlanContent { MunicipalityId = "almere", FormatId = "basis" }, new NewDevice("test", false));

        var watch = Stopwatch.StartNew();
        Assert.IsType<SaveResult.Saved>(await temp.Store.SaveAsync(created.Session, plan, 1));
        var saveTime = watch.Elapsed;
        watch.Restart();
        var loaded = (await temp.Store.LoadAsync(created.Session)).Content;
        var loadTime = watch.Elapsed;

        output.WriteLine($"largest plan: save {saveTime.TotalMilliseconds:F0} ms, load {loadTime.TotalMilliseconds:F0} ms, "
            + $"file {new FileInfo(temp.Options.DatabasePath).Length / 1024} KiB");
        Assert.Equal(plan.House("huis5").Drawing.Strokes[0].Points[^1], loaded.House("huis5").Drawing.Strokes[0].Points[^1]);
        Assert.Equal(plan.Topic("huis0.onderwerp0").Answer("nu"), loaded.Topic("huis0.onderwerp0").Answer("nu"));
    }
}
