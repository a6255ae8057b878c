using EigenPlan.Core.Content;

namespace EigenPlan.Content.Tests;

/// <summary>One small broken fixture per rule: the exact place and the Dutch message.</summary>
public class MunicipalityRuleTests
{
    [Theory]
    [InlineData("yaml-syntax", 2, 15, "De YAML klopt niet: hier staat een dubbele punt")]
    [InlineData("tab-indent", 6, 1, "geen tabs")]
    [InlineData("unknown-key", 2, 1, "Onbekend veld 'nam'. Bedoel je 'naam'?")]
    [InlineData("unknown-key", 1, 1, "Het verplichte veld 'naam' ontbreekt.")]
    [InlineData("missing-required", 14, 5, "Het verplichte veld 'kosten' ontbreekt in 'sociale_kaart, item 1'.")]
    [InlineData("empty-value", 20, 5, "'kosten' is leeg.")]
    [InlineData("wrong-type", 15, 11, "Bij 'naam' hoort tekst, maar hier staat een lijst.")]
    [InlineData("not-boolean", 4, 12, "Bij 'voorbeeld' hoort true of false, maar hier staat 'ja'.")]
    [InlineData("not-a-group", 1, 1, "Hier hoort een groep velden (sleutel: waarde), maar hier staat een lijst.")]
    [InlineData("duplicate-id", 26, 9, "Het id 'schuldhulp' komt al voor op regel 14.")]
    [InlineData("duplicate-key", 3, 1, "Het veld 'naam' staat er al op regel 2.")]
    [InlineData("unknown-topic", 17, 19, "Onderwerp 'geldzaken.inkomsten' bestaat niet in formaat 'basis'. Bedoel je 'geldzaken.inkomen'?")]
    [InlineData("bad-topic-key", 17, 19, "'inkomen' is geen geldig onderwerp.")]
    [InlineData("too-few-topics", 17, 18, "'onderwerpen' heeft 0 items; dat moeten er minstens 1 zijn.")]
    [InlineData("unknown-format", 3, 10, "Formaat 'basic' bestaat niet. Bedoel je 'basis'?")]
    [InlineData("unknown-kind", 16, 12, "'profesioneel' is geen geldige waarde voor 'soort'. Bedoel je 'professioneel'?")]
    [InlineData("bad-email", 12, 12, "'oco@example' is geen geldig e-mailadres.")]
    [InlineData("bad-phone", 23, 17, "'036 123 45' is geen geldig telefoonnummer.")]
    [InlineData("bad-url", 24, 16, "'www.example.nl/schuldhulp' is geen geldig webadres.")]
    [InlineData("bad-date", 25, 27, "'2026-13-01' is geen geldige datum.")]
    [InlineData("future-date", 25, 27, "De datum 2026-07-01 ligt in de toekomst.")]
    [InlineData("too-long", 18, 19, "'samenvatting' is 314 tekens lang; dat mogen er hoogstens 300 zijn.")]
    [InlineData("no-contact", 7, 12, "Vul bij 'contact' minstens één van deze velden in: telefoon, email, website, adres.")]
    [InlineData("file-id", 1, 5, "Het id 'andere-stad' moet gelijk zijn aan de bestandsnaam: 'file-id'")]
    [InlineData("two-documents", 37, 1, "Een bestand mag maar één YAML-document bevatten.")]
    [InlineData("empty", 1, 1, "Het bestand is leeg.")]
    public void Load_BrokenMunicipality_ReportsErrorAtLineAndColumn(string fixture, int line, int column, string message)
    {
        var snapshot = ContentFixtures.LoadMunicipalityFixture(fixture);

        var problem = snapshot.At(line, column);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.EndsWith(Path.Combine("municipalities", fixture + ".yaml"), problem.File, StringComparison.Ordinal);
        Assert.Empty(snapshot.Municipalities);
        Assert.Single(snapshot.Formats);
    }

    [Theory]
    [InlineData("stale-entry", 25, 27, "'Schuldhulp' is voor het laatst gecontroleerd op 2025-01-01, meer dan 12 maanden geleden.")]
    [InlineData("uncovered-topic", 13, 1, "Geen enkel item op de sociale kaart hoort bij onderwerp 'woonruimte.huishouden' (Huishouden).")]
    public void Load_WarningOnly_ReportsWarningAndKeepsMunicipality(string fixture, int line, int column, string message)
    {
        var snapshot = ContentFixtures.LoadMunicipalityFixture(fixture);

        var problem = snapshot.At(line, column);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Single(snapshot.Problems);
        Assert.False(snapshot.HasErrors);
        Assert.Equal(fixture, Assert.Single(snapshot.Municipalities).Id);
    }

    [Fact]
    public void Load_StaleAfterIsConfigurable()
    {
        using var folder = TempContent.WithValidFormat();
        folder.CopyMunicipality(Path.Combine(ContentFixtures.Folder, "municipalities", "stale-entry.yaml"));

        var lenient = ContentLoader.LoadDirectory(folder.Root, ContentFixtures.Options with { StaleAfterMonths = 24 });
        var strict = ContentLoader.LoadDirectory(folder.Root, ContentFixtures.Options with { StaleAfterMonths = 1 });

        Assert.Empty(lenient.Problems);
        Assert.Equal(2, strict.Problems.Count); // both entries are older than one month
        Assert.All(strict.Problems, p => Assert.Contains("meer dan 1 maand geleden", p.Message, StringComparison.Ordinal));
    }
}
