using System.Diagnostics;
using EigenPlan.Booklet.Model;
using EigenPlan.Core.Plans;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace EigenPlan.Booklet.Tests;

/// <summary>Renders booklets and reads them back: words per page with PdfPig, pixels via poppler's pdftoppm.</summary>
public static class BookletPdf
{
    public static readonly DateTimeOffset FixedTime = new(2026, 3, 12, 10, 0, 0, TimeSpan.Zero);

    public static byte[] Render(PlanContent? plan, BookletOptions? options = null) =>
        Render(BookletModel.Create(RealisticContent.Format, RealisticContent.Almere, plan, options ?? BookletOptions.Deterministic(FixedTime)));

    public static byte[] Render(BookletModel model) => new BookletRenderer().Render(model);

    /// <summary>The words on each page (index 0 = page 1).</summary>
    public static List<string[]> Words(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        // Only horizontal words: the house name on the tab runs vertically and would mix into the page text.
        return document.GetPages()
            .Select(p => p.GetWords().Where(w => w.TextOrientation == TextOrientation.Horizontal).Select(w => w.Text).ToArray())
            .ToList();
    }

    /// <summary>
    /// The running text of the whole document as a reader follows it, page after page: without the footer and the notice
    /// above it, and without the "(vervolg)" lines that repeat a title where text runs onto the next page. Words are
    /// joined by single spaces, in the order they are drawn.
    /// </summary>
    public static string RunningText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new List<string>();
        foreach (var page in document.GetPages())
        {
            var words = StreamWords(page).Where(w => w.Baseline > 60).ToList();
            var continuationLines = words.Where(w => w.Text.Contains("(vervolg)", StringComparison.Ordinal)).Select(w => Math.Round(w.Baseline)).ToHashSet();
            text.AddRange(words.Where(w => !continuationLines.Contains(Math.Round(w.Baseline))).Select(w => w.Text));
        }

        return string.Join(' ', text);
    }

    /// <summary>The text of each page (index 0 = page 1) in the order it is drawn, which is the reading order.</summary>
    public static List<string> PagesInDrawingOrder(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => string.Join(' ', StreamWords(p).Select(w => w.Text)))];
    }

    /// <summary>
    /// Words in the order they are drawn. PdfPig's own word extraction orders letters by position, which mixes the lines
    /// of two boxes side by side; the booklet draws in reading order, so the letters' own order is the one to keep.
    /// </summary>
    private static List<(string Text, double Baseline)> StreamWords(Page page)
    {
        var words = new List<(string Text, double Baseline)>();
        var current = new System.Text.StringBuilder();
        Letter? previous = null;
        foreach (var letter in page.Letters.Where(l => l.TextOrientation == TextOrientation.Horizontal))
        {
            var jumped = previous is not null && (Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y) > 0.5
                || Math.Abs(letter.StartBaseLine.X - previous.EndBaseLine.X) > 1);
            if ((string.IsNullOrWhiteSpace(letter.Value) || jumped) && current.Length > 0)
            {
                words.Add((current.ToString(), previous!.StartBaseLine.Y));
                current.Clear();
            }

            if (!string.IsNullOrWhiteSpace(letter.Value))
            {
                current.Append(letter.Value);
            }

            previous = letter;
        }

        if (current.Length > 0)
        {
            words.Add((current.ToString(), previous!.StartBaseLine.Y));
        }

        return words;
    }

    /// <summary>Text without any white space, to compare wording regardless of where lines and fonts break it.</summary>
    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Renders one page to PNG with <c>pdftoppm -r 60</c> and returns the file path.</summary>
    public static string RenderPagePng(byte[] pdf, int page, int dpi = 60)
    {
        var dir = Directory.CreateTempSubdirectory("booklet-png-").FullName;
        var input = Path.Combine(dir, "booklet.pdf");
        File.WriteAllBytes(input, pdf);
        var prefix = Path.Combine(dir, "page");
        Run("pdftoppm", $"-r {dpi} -f {page} -l {page} -png -singlefile \"{input}\" \"{prefix}\"");
        return prefix + ".png";
    }

    public static string Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{file} failed: {error}");
    }
}

/// <summary>A page rendered to pixels (via <c>pdftoppm -ppm</c>, which is trivial to parse), for colour checks.</summary>
public sealed class PagePixels
{
    private readonly byte[] rgb;

    private PagePixels(int width, int height, byte[] rgb)
    {
        Width = width;
        Height = height;
        this.rgb = rgb;
    }

    public int Width { get; }
    public int Height { get; }
    public int Dpi { get; private init; }

    /// <summary>The colour at a point given in PDF points from the top-left corner, as "#RRGGBB".</summary>
    public string ColorAt(double xPoints, double yPoints)
    {
        var x = Math.Clamp((int)(xPoints * Dpi / 72), 0, Width - 1);
        var y = Math.Clamp((int)(yPoints * Dpi / 72), 0, Height - 1);
        var i = ((y * Width) + x) * 3;
        return $"#{rgb[i]:X2}{rgb[i + 1]:X2}{rgb[i + 2]:X2}";
    }

    public static PagePixels Render(byte[] pdf, int page, int dpi = 60)
    {
        var dir = Directory.CreateTempSubdirectory("booklet-ppm-").FullName;
        var input = Path.Combine(dir, "booklet.pdf");
        File.WriteAllBytes(input, pdf);
        var prefix = Path.Combine(dir, "page");
        BookletPdf.Run("pdftoppm", $"-r {dpi} -f {page} -l {page} -singlefile \"{input}\" \"{prefix}\"");
        var bytes = File.ReadAllBytes(prefix + ".ppm");

        // P6 header: magic, width, height, max value, each separated by whitespace, then binary RGB.
        var fields = new List<string>();
        var position = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            fields.Add(System.Text.Encoding.ASCII.GetString(bytes, start, position - start));
        }

        position++;
        return new PagePixels(int.Parse(fields[1]), int.Parse(fields[2]), bytes[position..]) { Dpi = dpi };
    }
}
