using System.Globalization;
using EigenPlan.Booklet;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Tests;
using Microsoft.Playwright;
using PdfSharp.Pdf.IO;

namespace EigenPlan.Bench;

/// <summary>
/// Renders a fully filled booklet (every topic answered with several paragraphs, a drawing on every vrije ruimte
/// page) with PDFsharp, then the same content as HTML printed to PDF by headless Chromium, and compares them.
/// Options: <c>--repeats N</c> (default 30), <c>--warmups N</c> (default 40), <c>--chromium-repeats N</c> (default 10),
/// <c>--chromium-warmups N</c> (default 5), <c>--paragraphs N</c> (default 3), <c>--out DIR</c> to keep both PDFs.
/// </summary>
/// <remarks>
/// Both sides are measured warm, the way a web server that has been up for a while renders them. PDFsharp is
/// managed code: tiered compilation with profile-guided optimisation keeps making it faster for the first 30–40
/// booklets (about 180 ms per booklet at first, then 40–60 ms on an idle machine), so it gets 40 warm-up renders;
/// the very first (cold) render is printed separately. Chromium is native code in an already running browser.
/// </remarks>
public sealed class BookletBenchmark : IBenchmark
{
    public string Name => "booklet";
    public string Description => "PDF-boekje: PDFsharp tegen Chromium (page.PdfAsync)";

    public async Task<int> RunAsync(string[] args)
    {
        var repeats = Option(args, "--repeats", 30);
        var warmups = Option(args, "--warmups", 40);
        var chromiumRepeats = Option(args, "--chromium-repeats", 10);
        var chromiumWarmups = Option(args, "--chromium-warmups", 5);
        var paragraphs = Option(args, "--paragraphs", 3);
        var outDir = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault();

        var (format, municipality, source) = BenchContent.Load();
        var plan = SamplePlans.Filled(format, municipality, paragraphs);
        var model = BookletModel.Create(format, municipality, plan);
        var renderer = new BookletRenderer();
        var cold = System.Diagnostics.Stopwatch.StartNew();
        var pdf = renderer.Render(model);
        var coldMs = cold.Elapsed.TotalMilliseconds;
        var characters = plan.Topics.Values.Sum(t => t.Answers.Values.Sum(a => a.Length));
        Console.WriteLine($"Inhoud: {source}; {format.Topics.Count()} onderwerpen, {characters:N0} tekens in antwoorden, tekening op {plan.Houses.Count} vrije-ruimtepagina's");

        var cpuBefore = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var pdfsharp = Measure.Run(() => renderer.Render(model), warmups, repeats);
        var cpuMs = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / (repeats + warmups);
        var peak = Measure.PeakWorkingSetMb();
        Report($"PDFsharp ({PageCount(pdf)} pagina's, {pdf.Length / 1024} KB)", pdfsharp, repeats);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  na {warmups} keer opwarmen; eerste (koude) keer: {coldMs:F0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  processortijd per keer (gemiddeld, incl. opwarmen, JIT en GC op andere threads): {cpuMs:F0} ms; piek werkgeheugen proces: {peak:F0} MB"));

        var html = BookletHtml.Build(model);
        byte[] chromiumPdf = [];
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        var chromium = await Measure.RunAsync(async () =>
        {
            await page.SetContentAsync(html);
            chromiumPdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
        }, chromiumWarmups, chromiumRepeats);
        Report($"Chromium page.PdfAsync ({PageCount(chromiumPdf)} pagina's, {chromiumPdf.Length / 1024} KB)", chromium, chromiumRepeats);

        // Other work on the machine slows both sides unevenly (Chromium spreads over processes); print it with the figures.
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        Console.WriteLine($"Belasting van de machine (load average, {Environment.ProcessorCount} cores): {load}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Verhouding: PDFsharp is {chromium.MedianMs / pdfsharp.MedianMs:F1}× sneller (doel ≥ 10×); mediaan {pdfsharp.MedianMs:F1} ms (doel < 100 ms)"));

        if (outDir is not null)
        {
            Directory.CreateDirectory(outDir);
            await File.WriteAllBytesAsync(Path.Combine(outDir, "bench-pdfsharp.pdf"), pdf);
            await File.WriteAllBytesAsync(Path.Combine(outDir, "bench-chromium.pdf"), chromiumPdf);
        }

        return 0;
    }

    private static void Report(string what, Measure.Result result, int repeats) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: mediaan {result.MedianMs:F1} ms (min {result.MinMs:F1}, max {result.MaxMs:F1}, n={repeats}), {result.AllocatedMbPerRun:F1} MB gealloceerd per keer"));

    private static int PageCount(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        return document.PageCount;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed > 0 ? parsed : fallback;
    }
}
