using Bunit;
using EigenPlan.Core.Content;
using EigenPlan.Web.Components.Layout;
using EigenPlan.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace EigenPlan.Web.Tests;

public class SmallComponentsTests : BunitContext
{
    public SmallComponentsTests() => Services.AddLocalization();

    [Fact]
    public void TalkAboutToggle_IsAButtonThatSaysWhetherItIsPressed_WithTheSameName()
    {
        var value = false;
        var cut = Render<TalkAboutToggle>(p => p.Add(x => x.Value, value).Add(x => x.ValueChanged, (bool on) => value = on));

        Assert.Equal("false", cut.Find("button").GetAttribute("aria-pressed"));
        cut.Find("button").Click();
        Assert.True(value);

        cut.Render(p => p.Add(x => x.Value, true));
        Assert.Equal("true", cut.Find("button").GetAttribute("aria-pressed"));
        Assert.Equal("Hier wil ik over praten", cut.Find("button").TextContent.Trim());
    }

    [Fact]
    public void ContactLinks_SampleAddresses_AreTextNeverLinks()
    {
        var contact = new ContactDetails { Email = "hulp@example.nl", Website = "https://www.example.nl/hulp", Phone = "036 123 45 67" };

        var cut = Render<ContactLinks>(p => p.Add(x => x.Contact, contact).Add(x => x.Name, "Hulp"));

        Assert.Equal(["tel:0361234567"], cut.FindAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("hulp@example.nl (voorbeeldadres, werkt niet)", cut.Find("ul").TextContent, StringComparison.Ordinal);
        Assert.Contains("https://www.example.nl/hulp", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ContactLinks_RealAddresses_AreLinks()
    {
        var contact = new ContactDetails { Email = "hulp@almere.nl", Website = "https://www.almere.nl/hulp" };

        var cut = Render<ContactLinks>(p => p.Add(x => x.Contact, contact).Add(x => x.Name, "Hulp"));

        Assert.Equal(["mailto:hulp@almere.nl", "https://www.almere.nl/hulp"], cut.FindAll("a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void SampleDataBanner_OnlyForSampleData(bool sample)
    {
        var municipality = BundledContent.Almere with { IsSample = sample };

        var cut = Render<SampleDataBanner>(p => p.Add(x => x.Municipality, municipality));

        Assert.Equal(sample, cut.Markup.Contains("Voorbeeldgegevens — nog niet gecontroleerd door de gemeente", StringComparison.Ordinal));
    }
}
