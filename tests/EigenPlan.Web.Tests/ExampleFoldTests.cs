using Bunit;
using EigenPlan.Content;
using EigenPlan.Core.Content;
using EigenPlan.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace EigenPlan.Web.Tests;

public class ExampleFoldTests : BunitContext
{
    private static readonly Lazy<FormatExplanation> Uitleg = new(() => ContentLoader.LoadDirectory(RepoRoot.Content).FindExplanation("basis")!);

    private static Question Wish => BundledContent.Format.FindQuestion("wil")!;

    // The live page (the "next example" button needs it); a fold's body arrives when it is first opened (Fold.razor).
    public ExampleFoldTests()
    {
        Services.AddLocalization();
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", true));
    }

    [Fact]
    public void Render_IsFoldedDisclosureNamedByItsQuestion_WithOneResidentsAnswer()
    {
        var examples = Uitleg.Value.ExamplesFor("woonruimte.huishouden", "wil");

        var cut = Render<ExampleFold>(p => p.Add(x => x.Question, Wish).Add(x => x.TopicKey, "woonruimte.huishouden").Add(x => x.Uitleg, Uitleg.Value));

        var details = cut.Find("details");
        Assert.False(details.HasAttribute("open"));
        Assert.Empty(cut.FindAll("blockquote"));
        details.TriggerEvent("ontoggle", EventArgs.Empty);
        Assert.Equal("Bekijk een voorbeeld bij ‘Wat wil ik?’", cut.Find("summary").TextContent);
        Assert.Contains(examples[0].Text, cut.Find("blockquote").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(examples[1].Text, cut.Markup, StringComparison.Ordinal);
        Assert.Contains($"Voorbeeld van {examples[0].Resident.Name}.", cut.Find("figcaption").TextContent, StringComparison.Ordinal);
        // Only shown: nothing to type in, nothing that copies.
        Assert.Empty(cut.FindAll("input, textarea"));
        Assert.Single(cut.FindAll("button:not([data-read-aloud])"));
    }

    [Fact]
    public void NextButton_ShowsTheOtherResident_AndThenTheFirstAgain()
    {
        var examples = Uitleg.Value.ExamplesFor("woonruimte.huishouden", "wil");
        var cut = Render<ExampleFold>(p => p.Add(x => x.Question, Wish).Add(x => x.TopicKey, "woonruimte.huishouden").Add(x => x.Uitleg, Uitleg.Value));
        cut.Find("details").TriggerEvent("ontoggle", EventArgs.Empty);

        cut.Find("button.example-fold__next").Click();
        Assert.Contains(examples[1].Text, cut.Find("blockquote").TextContent, StringComparison.Ordinal);
        Assert.Contains($"Bekijk het voorbeeld van {examples[0].Resident.Name}", cut.Find("button.example-fold__next").TextContent, StringComparison.Ordinal);

        cut.Find("button.example-fold__next").Click();
        Assert.Contains(examples[0].Text, cut.Find("blockquote").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_IsSafeMarkdown_RawHtmlIsText()
    {
        var hostile = Uitleg.Value with
        {
            Questions = new Dictionary<string, string> { ["wil"] = "**Vet** <script>alert(1)</script> [link](javascript:alert(1))" },
            Residents = [],
        };

        var cut = Render<ExampleFold>(p => p.Add(x => x.Question, Wish).Add(x => x.TopicKey, "geldzaken.inkomen").Add(x => x.Uitleg, hostile));
        cut.Find("details").TriggerEvent("ontoggle", EventArgs.Empty);

        Assert.Equal("Vet", cut.Find(".example-fold__explanation strong").TextContent);
        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll(".example-fold__explanation a"));
        Assert.Empty(cut.FindAll("blockquote"));
    }

    [Fact]
    public void WithoutUitleg_RendersNothing()
    {
        var cut = Render<ExampleFold>(p => p.Add(x => x.Question, Wish).Add(x => x.TopicKey, "geldzaken.inkomen").Add(x => x.Uitleg, null));

        Assert.Empty(cut.Markup.Trim());
    }
}
