using Bunit;
using EigenPlan.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace EigenPlan.Web.Tests;

public class FoldTests : BunitContext
{
    private IRenderedComponent<Fold> RenderFold() => Render<Fold>(p => p
        .Add(x => x.Class, "example-fold")
        .Add(x => x.Summary, (RenderFragment)(b => b.AddContent(0, "Bekijk een voorbeeld")))
        .Add(x => x.ChildContent, (RenderFragment)(b => b.AddMarkupContent(0, "<p class=\"body\">Het voorbeeld.</p>"))));

    [Fact]
    public void BeforeTheLiveConnection_TheBodyIsInThePage_SoTheFoldOpensWithoutIt()
    {
        SetRendererInfo(new RendererInfo("Static", false));

        var cut = RenderFold();

        Assert.Equal("Het voorbeeld.", cut.Find("details > p.body").TextContent);
        Assert.False(cut.Find("details").HasAttribute("open"));
    }

    [Fact]
    public void InTheLivePage_TheBodyComesWhenFirstOpened_AndStays()
    {
        SetRendererInfo(new RendererInfo("Server", true));

        var cut = RenderFold();
        Assert.Equal("Bekijk een voorbeeld", cut.Find("details > summary").TextContent);
        Assert.Empty(cut.FindAll("p.body"));

        cut.Find("details").TriggerEvent("ontoggle", EventArgs.Empty);
        Assert.Single(cut.FindAll("p.body"));

        cut.Find("details").TriggerEvent("ontoggle", EventArgs.Empty); // closing again keeps the body
        Assert.Single(cut.FindAll("p.body"));
    }
}
