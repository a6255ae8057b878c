using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace EigenPlan.Web.Tests;

/// <summary>The start page as the browser sends it before the live connection: GET /?zoek=…&amp;gemeente=…&amp;start=1.</summary>
public class HomeSearchTests : PlanComponentContext
{
    /// <summary>The page waits for the first content load (slow on a busy test machine).</summary>
    private static readonly TimeSpan Loading = TimeSpan.FromSeconds(30);

    private IRenderedComponent<Components.Pages.Home.Home> RenderAt(string url)
    {
        SetRendererInfo(new RendererInfo("Static", false));
        Services.GetRequiredService<NavigationManager>().NavigateTo(url);
        return Render<Components.Pages.Home.Home>();
    }

    [Fact]
    public void Search_Alm_ChoosesAlmere_AndOffersItsBlankBooklet()
    {
        var cut = RenderAt("/?zoek=alm&actie=zoek");

        cut.WaitForElement("input[type=radio][name=gemeente]", Loading);
        var almere = cut.Find("input[type=radio][name=gemeente][value=almere]");
        Assert.True(almere.HasAttribute("checked"));
        Assert.Equal("1 gemeente gevonden: Almere.", cut.Find("[role=status]").TextContent);
        Assert.Equal("/boekje/leeg/almere", cut.Find("a[download]").GetAttribute("href"));
        Assert.Empty(cut.FindAll("[role=alert]"));
    }

    [Fact]
    public void Search_InEnglish_OffersTheBlankBookletAndTheUitlegboekjeInEnglish()
    {
        using var english = new Languages.UiCulture("en");

        var cut = RenderAt("/?zoek=alm&actie=zoek");

        cut.WaitForElement("input[type=radio][name=gemeente]", Loading);
        Assert.Equal(["/boekje/leeg/almere?taal=en", "/uitlegboekje/almere?taal=en"], cut.FindAll("a[download]").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Start_WithAChoice_GoesToTheStartForm()
    {
        var cut = RenderAt("/?zoek=alm&gemeente=almere&start=1");

        cut.WaitForAssertion(() =>
            Assert.EndsWith("/nieuw/almere", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal), Loading);
    }

    [Fact]
    public void Start_WithoutAChoice_AsksToChoose()
    {
        var cut = RenderAt("/?zoek=xyz&start=1");

        cut.WaitForElement("[role=alert]", Loading);
        Assert.Equal("Kies eerst je gemeente.", cut.Find("[role=alert]").TextContent);
        Assert.EndsWith("/?zoek=xyz&start=1", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }
}
