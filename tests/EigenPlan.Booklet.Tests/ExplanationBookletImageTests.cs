using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Sections.Explanation;
using EigenPlan.Content;
using EigenPlan.Core.Content;

namespace EigenPlan.Booklet.Tests;

/// <summary>
/// The uitlegboekje as a printer sees it: every page drawn by poppler's <c>pdftoppm</c> at 60 dpi, and the dashed frame
/// that marks a fictional resident's example checked in the pixels, not only in the text.
/// </summary>
public class ExplanationBookletImageTests
{
    private const int Dpi = 60;
    private static readonly ContentSnapshot Snapshot = ContentLoader.LoadDirectory(RepoRoot.Content);
    private static readonly Format Format = Snapshot.FindFormat("basis")!;
    private static readonly ExplanationBookletModel Model = ExplanationBookletModel.Create(
        Format, Snapshot.FindMunicipality("almere")!, Snapshot.FindExplanation("basis")!, BookletOptions.Deterministic(BookletPdf.FixedTime));
    private static readonly byte[] Pdf = new ExplanationBookletRenderer().Render(Model);
    private static readonly List<string> Texts = BookletPdf.PagesInDrawingOrder(Pdf);
    private static readonly List<GrayPixels> Images = GrayPixels.RenderAll(Pdf, Dpi);

    [Fact]
    public void RenderAll_EveryPageIsDrawn_AtA4_WithInkAboveTheFooter()
    {
        Assert.Equal(Texts.Count, Images.Count);
        Assert.InRange(Images.Count, 30, 60);
        Assert.All(Images.Select((image, i) => (image, page: i + 1)), p =>
        {
            // A4 at 60 dpi is 496 × 702 pixels.
            Assert.Equal((496, 702), (p.image.Width, p.image.Height));
            // More than the footer: at least 1 % of the text area carries ink.
            var ink = Ink(p.image, PageGeometry.MarginLeft, PageGeometry.MarginTop, PageGeometry.ContentWidth, PageGeometry.ContentBottom - PageGeometry.MarginTop);
            Assert.True(ink > 0.01, $"page {p.page}: {ink:P1} ink");
        });
    }

    [Fact]
    public void RenderAll_ExamplePages_HaveADashedFrameInTheMargin_OtherPagesNone()
    {
        // The frame's left edge stands 12 pt left of the text column.
        const double Edge = PageGeometry.MarginLeft - 12;
        var framed = 0;
        for (var i = 0; i < Images.Count; i++)
        {
            var dark = DarkRowsInColumn(Images[i], Edge, PageGeometry.MarginTop + 20, PageGeometry.ContentBottom - 40);
            if (Texts[i].Contains(ExampleFrame.Label(""), StringComparison.Ordinal))
            {
                framed++;
                // Dashes: a good part of the edge is dark, but not all of it.
                Assert.True(dark.Fraction > 0.2, $"page {i + 1}: frame edge {dark.Fraction:P0} dark");
                Assert.True(dark.Runs >= 5, $"page {i + 1}: {dark.Runs} dashes");
            }
            else
            {
                Assert.True(dark.Fraction < 0.02, $"page {i + 1} has no example but its margin is {dark.Fraction:P0} dark");
            }
        }

        // Every resident's huisjes (two pages each) and at least one page per topic.
        Assert.True(framed >= (2 * Model.Examples.Count) + Format.Topics.Count(), $"{framed} framed pages");
    }

    [Fact]
    public void RenderAll_HousesPlateExample_FrameClosesUnderThePlate_NotAtThePagesFoot()
    {
        foreach (var example in Model.Examples)
        {
            var plate = Texts.FindIndex(t => t.StartsWith($"{ExampleFrame.Label(example.Name)} De huisjes van {example.Name}", StringComparison.Ordinal));
            Assert.True(plate >= 0, example.Name);

            // The notes follow overleaf after a deliberate break: the frame stops under the plate, so the last 20 pt
            // of the text area carry no frame edge (before, the frame ran on empty down to the footer).
            var foot = DarkRowsInColumn(Images[plate], PageGeometry.MarginLeft - 12, PageGeometry.ContentBottom - 20, PageGeometry.ContentBottom);
            Assert.True(foot.Fraction == 0, $"{example.Name}: frame edge {foot.Fraction:P0} dark at the foot of page {plate + 1}");
        }
    }

    [Fact]
    public void RenderPagePng_CoverTopicAndLastPage_ArePngsOfA4At60Dpi()
    {
        var topic = Texts.FindIndex(t => t.Contains("Zo zijn de vragen bedoeld", StringComparison.Ordinal)) + 1;
        foreach (var page in new[] { 1, topic, Texts.Count })
        {
            var png = File.ReadAllBytes(BookletPdf.RenderPagePng(Pdf, page));

            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
            // IHDR: width and height as big-endian integers after the signature and the chunk header.
            Assert.Equal(496, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
            Assert.Equal(702, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        }
    }

    /// <summary>The share of pixels in a rectangle (in points) darker than light gray.</summary>
    private static double Ink(GrayPixels image, double x, double y, double width, double height)
    {
        var (left, top, right, bottom) = (image.Pixels(x), image.Pixels(y), image.Pixels(x + width), image.Pixels(y + height));
        var dark = 0;
        for (var row = top; row < bottom; row++)
        {
            for (var column = left; column < right; column++)
            {
                dark += image.At(column, row) < 200 ? 1 : 0;
            }
        }

        return (double)dark / ((right - left) * (bottom - top));
    }

    /// <summary>
    /// Along a vertical line (x in points) from top to bottom: the share of rows with a dark pixel within one pixel of
    /// the line, and how many separate dark runs there are (a dashed line has many, a solid one only one).
    /// </summary>
    private static (double Fraction, int Runs) DarkRowsInColumn(GrayPixels image, double x, double top, double bottom)
    {
        var column = image.Pixels(x);
        var (rows, dark, runs, previous) = (0, 0, 0, false);
        for (var row = image.Pixels(top); row < image.Pixels(bottom); row++)
        {
            var isDark = Math.Min(image.At(column - 1, row), Math.Min(image.At(column, row), image.At(column + 1, row))) < 160;
            rows++;
            dark += isDark ? 1 : 0;
            runs += isDark && !previous ? 1 : 0;
            previous = isDark;
        }

        return ((double)dark / rows, runs);
    }
}
