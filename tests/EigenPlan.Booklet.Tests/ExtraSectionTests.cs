using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Sections;
using EigenPlan.Booklet.Style;

namespace EigenPlan.Booklet.Tests;

public class ExtraSectionTests
{
    /// <summary>A stand-in for the shared plan section another project will add.</summary>
    private sealed class SharedPlanStandIn : IBookletSection
    {
        public IReadOnlyList<ContentsEntry> ContentsEntries => [new("Ons gedeelde plan", 0, "gedeeld")];

        public void Compose(PageFlow flow)
        {
            flow.NewPage(PageStyle.Plain("Ons gedeelde plan"));
            flow.Anchor("gedeeld");
            flow.Text("Ons gedeelde plan", flow.Typography.Title, Palette.Ink, BlockTag.Heading1);
            flow.Text("Afspraak: elke week samen boodschappen doen.", flow.Typography.Body, Palette.Ink);
        }
    }

    [Fact]
    public void Render_ExtraSection_ComesLastAndIsInTheContents()
    {
        var model = BookletModel.Create(RealisticContent.Format, RealisticContent.Almere, null, BookletOptions.Deterministic(BookletPdf.FixedTime))
            with { ExtraSections = [new SharedPlanStandIn()] };

        var pages = BookletPdf.Words(BookletPdf.Render(model));

        Assert.StartsWith("Ons gedeelde plan Afspraak:", PageFinder.Text(pages[^1]), StringComparison.Ordinal);
        var contents = PageFinder.Text(pages[1]);
        Assert.Contains($"Ons gedeelde plan {pages.Count}", contents);
    }
}
