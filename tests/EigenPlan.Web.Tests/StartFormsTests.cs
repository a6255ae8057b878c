using System.Net;
using Bunit;
using EigenPlan.Web.Components.Pages.Start;
using Microsoft.AspNetCore.Http;

namespace EigenPlan.Web.Tests;

/// <summary>The start and continue forms show the Core's refusals the NL Design System way, linked to their fields.</summary>
public class StartFormsTests : PlanComponentContext
{
    private static DefaultHttpContext Request() => new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Loopback } };

    [Fact]
    public void NewPlan_AgeInWords_SummaryLinksToTheField_MessageUnderIt()
    {
        var cut = Render<NewPlan>(p => p.Add(x => x.MunicipalityId, "almere").AddCascadingValue(Request()));

        cut.Find("#leeftijd").Change("veertig");
        cut.Find("form").Submit();

        var link = cut.Find("#foutmeldingen a");
        Assert.Equal("#leeftijd", link.GetAttribute("href"));
        Assert.Equal("Vul je leeftijd in als getal, bijvoorbeeld 42. Of laat het leeg.", link.TextContent);
        Assert.Equal(link.TextContent, cut.Find("#leeftijd-fout").TextContent);
        Assert.Equal("true", cut.Find("#leeftijd").GetAttribute("aria-invalid"));
        Assert.Equal("leeftijd-fout", cut.Find("#leeftijd").GetAttribute("aria-describedby"));
        Assert.NotNull(cut.Find("#foutmeldingen").GetAttribute("data-focus-on-load"));
        Assert.Empty(cut.FindAll("#naam-fout"));
    }

    [Fact]
    public void NewPlan_HasOneLabelledFieldPerHelperChoice()
    {
        var cut = Render<NewPlan>(p => p.Add(x => x.MunicipalityId, "almere").AddCascadingValue(Request()));

        Assert.Equal("Naam van de cliëntondersteuner (je hulp bij het gesprek)", cut.Find("label[for=helper]").TextContent);
        Assert.Equal("Naam van de persoon die helpt", cut.Find("label[for=helper-bekende]").TextContent);
        Assert.Equal(3, cut.FindAll("input[type=radio][name='Form.FilledInBy']").Count);
    }

    [Fact]
    public void Continue_WrongCode_ShowsTheStoresMessageInTheSummaryAndUnderTheField()
    {
        var cut = Render<Continue>(p => p.AddCascadingValue(Request()));

        cut.Find("#code").Change("AAAA-BBBB-CCCC-DDDD-EEEE");
        cut.Find("form").Submit();

        cut.WaitForElement("#code-fout");
        Assert.StartsWith("Deze code klopt niet", cut.Find("#code-fout").TextContent, StringComparison.Ordinal);
        Assert.Equal("#code", cut.Find("#foutmeldingen a").GetAttribute("href"));
        Assert.Equal("code-hint code-fout", cut.Find("#code").GetAttribute("aria-describedby"));
    }
}
