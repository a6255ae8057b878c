using EigenPlan.Core.Content;

namespace EigenPlan.Content.Tests;

/// <summary>One small broken format fixture per rule: the exact place and the Dutch message.</summary>
public class FormatRuleTests
{
    [Theory]
    [InlineData("low-contrast", 20, 12, "Witte tekst op kleur #FFFF00 is slecht te lezen: het contrast is 1,07 : 1")]
    [InlineData("bad-colour", 20, 12, "'1F5F7A' is geen geldige kleur.")]
    [InlineData("too-few-suggestions", 27, 21, "'suggesties' heeft 2 items; dat moeten er minstens 3 zijn.")]
    [InlineData("five-smileys", 11, 3, "'smileys' heeft 5 items; dat moeten er minstens 6 zijn.")]
    [InlineData("five-smileys", 10, 1, "Er is geen smiley met zrm 5.")]
    [InlineData("duplicate-role", 5, 21, "De rol 'huidig' staat al bij een vraag op regel 4.")]
    [InlineData("duplicate-role", 3, 1, "Er is geen vraag met rol 'wens'.")]
    [InlineData("unknown-parent", 6, 45, "Er is geen vraag met id 'will'. Bedoel je 'wil'?")]
    [InlineData("parent-is-sub", 8, 46, "Vraag 'bereiken' is zelf een deelvraag.")]
    [InlineData("duplicate-zrm", 15, 50, "ZRM-niveau 4 staat al bij een smiley op regel 14.")]
    [InlineData("two-not-applicable", 16, 5, "Er mag maar één smiley zonder zrm zijn")]
    [InlineData("unknown-icon", 21, 12, "'gled' is geen geldige waarde voor 'icoon'. Bedoel je 'geld'?")]
    [InlineData("unknown-zrm-domain", 29, 15, "'Financien' is geen geldige waarde voor 'zrm, item 1'. Bedoel je 'Financiën'?")]
    [InlineData("multiline-essence", 26, 15, "'kern' moet op één regel passen.")]
    [InlineData("bad-id", 24, 13, "'Inkomen' is geen geldig id.")]
    [InlineData("zrm-out-of-range", 11, 54, "'zrm' moet een getal van 1 tot en met 5 zijn, niet 7.")]
    [InlineData("duplicate-topic", 42, 13, "Het id 'wonen' komt al voor op regel 36.")]
    public void Load_BrokenFormat_ReportsErrorAtLineAndColumn(string fixture, int line, int column, string message)
    {
        var snapshot = ContentFixtures.LoadFormatFixture(fixture);

        var problem = snapshot.At(line, column);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Empty(snapshot.Formats);
    }

    [Fact]
    public void Load_MunicipalityOfBrokenFormat_SaysTheFormatHasErrors()
    {
        using var folder = new TempContent();
        File.Copy(Path.Combine(ContentFixtures.Folder, "formats", "low-contrast.yaml"), Path.Combine(folder.Formats, "basis.yaml"));
        folder.CopyMunicipality(Path.Combine(ContentFixtures.Folder, "valid", "municipalities", "teststad.yaml"));

        var snapshot = ContentLoader.LoadDirectory(folder.Root, ContentFixtures.Options);

        var problem = snapshot.At(3, 10);
        Assert.Contains("Formaat 'basis' heeft fouten", problem.Message, StringComparison.Ordinal);
        Assert.Empty(snapshot.Municipalities);
    }
}
