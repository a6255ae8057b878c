using EigenPlan.Booklet;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Tests;

namespace EigenPlan.Bench;

/// <summary>
/// Not a timing: writes a filled, a blank and a second-round sample booklet (real content when it loads) for people to look at;
/// <c>scripts/render-booklet-pngs.sh</c> turns pages of them into PNGs. Usage: <c>samples DIR</c>.
/// </summary>
public sealed class SamplesCommand : IBenchmark
{
    public string Name => "samples";
    public string Description => "schrijft voorbeeldboekjes (ingevuld, leeg, tweede ronde) als PDF naar een map";

    public async Task<int> RunAsync(string[] args)
    {
        var dir = args.FirstOrDefault() ?? ".";
        Directory.CreateDirectory(dir);
        var (format, municipality, source) = BenchContent.Load();
        var options = BookletOptions.Deterministic(new DateTimeOffset(2026, 3, 12, 10, 0, 0, TimeSpan.Zero));
        var renderer = new BookletRenderer();
        var plan = SamplePlans.Filled(format, municipality, paragraphs: 1, markers: false);

        await File.WriteAllBytesAsync(Path.Combine(dir, "booklet-filled.pdf"), renderer.Render(BookletModel.Create(format, municipality, plan, options)));
        await File.WriteAllBytesAsync(Path.Combine(dir, "booklet-blank.pdf"), renderer.Render(BookletModel.Create(format, municipality, null, options)));
        var secondRound = SamplePlans.SecondRound(format, municipality);
        await File.WriteAllBytesAsync(Path.Combine(dir, "booklet-second-round.pdf"), renderer.Render(BookletModel.Create(format, municipality, secondRound, options)));
        Console.WriteLine($"Voorbeeldboekjes geschreven naar {dir} (inhoud: {source})");
        return 0;
    }
}
