using Bunit;
using EigenPlan.Core.Content;
using EigenPlan.Web.Components.Pages.Home;
using Microsoft.AspNetCore.Components;

namespace EigenPlan.Web.Tests;

/// <summary>The start page's municipality search: 342 names, typed, found, announced, chosen.</summary>
public class MunicipalityPickerTests : PlanComponentContext
{
    private string? chosen;

    private IRenderedComponent<MunicipalityPicker> RenderPicker(string? query = null) =>
        Render<MunicipalityPicker>(p => p
            .Add(x => x.Municipalities, ManyMunicipalities.All)
            .Add(x => x.Query, query)
            .Add(x => x.Chosen, chosen)
            .Add(x => x.ChosenChanged, (string? id) => chosen = id));

    private static string[] Options(IRenderedComponent<MunicipalityPicker> cut) =>
        [.. cut.FindAll("input[type=radio][name=gemeente]").Select(r => r.ParentElement!.TextContent.Trim())];

    [Fact]
    public void Typing_Alm_ListsAlmeloAndAlmere_AndAnnouncesTheCount()
    {
        var cut = RenderPicker();
        Assert.Empty(Options(cut));
        Assert.Equal("", cut.Find("[role=status]").TextContent);

        cut.Find("#gemeente-zoek").Input("alm");

        Assert.Equal(["Almelo", "Almere"], Options(cut));
        Assert.Equal("2 gemeenten gevonden.", cut.Find("#gemeente-aantal[role=status]").TextContent);
        Assert.Null(chosen);
    }

    [Fact]
    public void ChoosingAMatch_ReportsItsId()
    {
        var cut = RenderPicker();
        cut.Find("#gemeente-zoek").Input("alm");

        cut.FindAll("input[name=gemeente]").Single(r => r.GetAttribute("value") == "almere").Change(true);

        Assert.Equal("almere", chosen);
    }

    [Fact]
    public void TypingTheWholeName_ChoosesIt()
    {
        var cut = RenderPicker();

        cut.Find("#gemeente-zoek").Input("Almere");

        Assert.Equal("almere", chosen);
        Assert.Equal("1 gemeente gevonden: Almere.", cut.Find("[role=status]").TextContent);
    }

    [Fact]
    public void ManyMatches_ShowsTheFirstFewAndAsksForMoreLetters()
    {
        var cut = RenderPicker();

        cut.Find("#gemeente-zoek").Input("test");

        Assert.Equal(MunicipalitySearch.DefaultLimit, Options(cut).Length);
        Assert.Equal("321 gemeenten gevonden. Hieronder staan de eerste 8. Typ meer letters.", cut.Find("[role=status]").TextContent);
    }

    [Fact]
    public void NoMatch_SaysSoInPlainWords()
    {
        var cut = RenderPicker();

        cut.Find("#gemeente-zoek").Input("xyz");

        Assert.Empty(Options(cut));
        Assert.Equal("Geen gemeente gevonden. Kijk of de naam goed geschreven is.", cut.Find("[role=status]").TextContent);
    }

    [Fact]
    public void BeforeTheLiveConnection_QueryFromTheUrl_ListsMatches_AndTheBrowserSuggestsEveryName()
    {
        SetRendererInfo(new RendererInfo("Static", false));

        var cut = RenderPicker("alm");

        Assert.Equal(["Almelo", "Almere"], Options(cut));
        Assert.Equal("alm", cut.Find("#gemeente-zoek").GetAttribute("value"));
        Assert.Equal("gemeente-namen", cut.Find("#gemeente-zoek").GetAttribute("list"));
        Assert.Equal(ManyMunicipalities.Count, cut.FindAll("datalist#gemeente-namen option").Count);
        // A plain GET form: the text goes as "zoek", the choice as "gemeente"; the search button comes first (Enter).
        Assert.Equal("zoek", cut.Find("#gemeente-zoek").GetAttribute("name"));
        Assert.Equal("zoek", cut.Find("button[type=submit]").GetAttribute("value"));
    }

    [Fact]
    public void Labels_AreUniqueAndTheFieldIsDescribed()
    {
        var cut = RenderPicker("alm");

        Assert.Equal("Zoek je gemeente", cut.Find("label[for=gemeente-zoek]").TextContent);
        Assert.Equal("gemeente-zoek-hint gemeente-aantal", cut.Find("#gemeente-zoek").GetAttribute("aria-describedby"));
        Assert.Equal("In welke gemeente woon je?", cut.Find("fieldset > legend").TextContent);
        var labels = cut.FindAll("label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(labels.Count, labels.Distinct().Count());
    }
}
