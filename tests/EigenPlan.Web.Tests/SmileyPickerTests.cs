using Bunit;
using EigenPlan.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace EigenPlan.Web.Tests;

public class SmileyPickerTests : BunitContext
{
    public SmileyPickerTests() => Services.AddLocalization();

    [Fact]
    public void Render_IsRadioGroupNamedByTopicTitle_WithOneRadioPerSmileyLabel()
    {
        var topic = BundledContent.Topic("geldzaken.inkomen");

        var cut = Render<SmileyPicker>(p => p
            .Add(x => x.Topic, topic)
            .Add(x => x.Smileys, BundledContent.Format.Smileys));

        var fieldset = cut.Find("fieldset");
        Assert.Equal("radiogroup", fieldset.GetAttribute("role"));
        Assert.Equal("Inkomen", cut.Find("legend").TextContent.Trim());
        var labels = cut.FindAll("label").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(["Gaat heel slecht", "Gaat slecht", "Gaat wel", "Gaat goed", "Gaat heel goed", "Past niet bij mij"], labels);
        foreach (var radio in cut.FindAll("input[type=radio]"))
        {
            // Every radio is tied to its visible label, so screen readers announce the smiley's words.
            Assert.Single(cut.FindAll($"label[for='{radio.Id}']"));
        }
        Assert.Empty(cut.FindAll("input:checked"));
    }

    [Fact]
    public void Change_RaisesValueChangedWithSmileyId_AndMarksItChecked()
    {
        string? chosen = null;
        var cut = Render<SmileyPicker>(p => p
            .Add(x => x.Topic, BundledContent.Topic("woonruimte.wonen"))
            .Add(x => x.Smileys, BundledContent.Format.Smileys)
            .Add(x => x.ValueChanged, id => chosen = id));

        cut.Find("input[value='slecht']").Change("slecht");
        Assert.Equal("slecht", chosen);

        cut.Render(p => p.Add(x => x.Value, chosen));
        Assert.True(cut.Find("input[value='slecht']").HasAttribute("checked"));
        Assert.False(cut.Find("input[value='goed']").HasAttribute("checked"));
    }

    [Fact]
    public void Faces_AreDecorativeSvg_NeverEmoji()
    {
        var cut = Render<SmileyPicker>(p => p
            .Add(x => x.Topic, BundledContent.Topic("geldzaken.inkomen"))
            .Add(x => x.Smileys, BundledContent.Format.Smileys));

        var faces = cut.FindAll("svg.smiley-face");
        Assert.Equal(6, faces.Count);
        Assert.All(faces, svg => Assert.Equal("true", svg.GetAttribute("aria-hidden")));
        Assert.DoesNotMatch(@"\p{Cs}", cut.Markup);
    }
}
