using Bunit;
using EigenPlan.Content;
using EigenPlan.Core.Content;
using EigenPlan.Core.Languages;
using EigenPlan.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace EigenPlan.Web.Tests.Languages;

/// <summary>
/// The example folds in the page's language: the uitleg from <c>content/uitleg/basis.&lt;taal&gt;.yaml</c> as the catalog
/// gives it for the plan's language, marked for reading direction, and never marked Dutch when it is translated.
/// </summary>
public class ExampleFoldLanguageTests : BunitContext
{
    private static readonly Lazy<ContentSnapshot> Snapshot = new(() => ContentLoader.LoadDirectory(RepoRoot.Content));

    public ExampleFoldLanguageTests()
    {
        Services.AddLocalization();
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", true));
    }

    private static FormatExplanation UitlegIn(PlanLanguage language) => Snapshot.Value.FindExplanation("basis", language)!;

    private static Format FormatIn(PlanLanguage language) => Snapshot.Value.FindFormat("basis", language)!;

    [Theory]
    [InlineData("en", "See an example", "Example from Sanne.", "I want enough money to get through the whole month.", "Here you write down what you want to change.")]
    [InlineData("ar", "شاهد مثالًا", "مثال من Sanne.", "أريد مالًا يكفي للشهر كله.", "هنا تكتب ماذا تريد أن تغيّر.")]
    public void TopicExample_ShowsTheTranslatedExampleAndExplanation_NotMarkedDutch(string code, string summary, string caption, string answer, string explanation)
    {
        using var culture = new UiCulture(code);
        var language = PlanLanguage.FromCode(code);
        var wish = FormatIn(language).FindQuestion("wil")!;

        var cut = Render<ExampleFold>(p => p.Add(x => x.Question, wish).Add(x => x.TopicKey, "geldzaken.inkomen").Add(x => x.Uitleg, UitlegIn(language)));
        cut.Find("details").TriggerEvent("ontoggle", EventArgs.Empty);

        Assert.StartsWith(summary, cut.Find("summary").TextContent, StringComparison.Ordinal);
        Assert.Contains(caption, cut.Find("figcaption").TextContent, StringComparison.Ordinal);
        var quote = cut.Find("blockquote");
        Assert.Equal(answer, quote.TextContent);
        Assert.Equal("auto", quote.GetAttribute("dir"));
        Assert.StartsWith(explanation, cut.Find(".example-fold__explanation").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[lang]"));
        Assert.DoesNotContain("Ik wil genoeg geld", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void TopicExample_InALanguageWithoutTranslation_IsTheDutchOne_MarkedDutch()
    {
        using var culture = new UiCulture("ar");
        var wish = FormatIn(PlanLanguage.Arabic).FindQuestion("wil")!;

        var cut = Render<ExampleFold>(p => p.Add(x => x.Question, wish).Add(x => x.TopicKey, "geldzaken.inkomen").Add(x => x.Uitleg, UitlegIn(PlanLanguage.Dutch)));
        cut.Find("details").TriggerEvent("ontoggle", EventArgs.Empty);

        Assert.Equal("nl", cut.Find("blockquote").GetAttribute("lang"));
        Assert.Equal("nl", cut.Find(".example-fold__explanation").GetAttribute("lang"));
        Assert.Null(cut.Find("figcaption").GetAttribute("lang"));
    }

    [Theory]
    [InlineData("en", "Example from Sanne.", "I always pay the rent on time.")]
    [InlineData("ar", "مثال من Sanne.", "أدفع الإيجار دائمًا في موعده.")]
    public void HouseExample_ShowsTheTranslatedNotes(string code, string who, string goingWell)
    {
        using var culture = new UiCulture(code);
        var language = PlanLanguage.FromCode(code);
        var format = FormatIn(language);

        var cut = Render<HouseExampleFold>(p => p.Add(x => x.House, format.FindHouse("geldzaken")!).Add(x => x.Format, format).Add(x => x.Uitleg, UitlegIn(language)));
        cut.Find("details").TriggerEvent("ontoggle", EventArgs.Empty);

        Assert.StartsWith(who, cut.Find(".house-example__who").TextContent, StringComparison.Ordinal);
        var quote = cut.Find(".house-example__quote");
        Assert.Equal(goingWell, quote.TextContent);
        Assert.Equal("auto", quote.GetAttribute("dir"));
        Assert.Empty(cut.FindAll("[lang]"));
    }
}
