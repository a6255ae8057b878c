using EigenPlan.Core.Content;

namespace EigenPlan.Content.Tests;

public class AllMistakesTests
{
    [Fact]
    public void Load_OneMistakePerRule_ReportsThemAllAtOnce()
    {
        var snapshot = ContentFixtures.LoadMunicipalityFixture("all-mistakes");

        (int Line, int Column, ProblemSeverity Severity, string Text)[] expected =
        [
            (1, 1, ProblemSeverity.Error, "Het verplichte veld 'naam' ontbreekt."),
            (2, 1, ProblemSeverity.Error, "Onbekend veld 'nam'. Bedoel je 'naam'?"),
            (4, 12, ProblemSeverity.Error, "hoort true of false"),
            (12, 12, ProblemSeverity.Error, "geen geldig e-mailadres"),
            (13, 1, ProblemSeverity.Warning, "onderwerp 'geldzaken.inkomen'"),
            (14, 5, ProblemSeverity.Error, "Het verplichte veld 'kosten' ontbreekt"),
            (15, 11, ProblemSeverity.Error, "Bij 'naam' hoort tekst"),
            (16, 12, ProblemSeverity.Error, "Bedoel je 'professioneel'?"),
            (17, 19, ProblemSeverity.Error, "Onderwerp 'geldzaken.inkomsten' bestaat niet"),
            (22, 17, ProblemSeverity.Error, "geen geldig telefoonnummer"),
            (23, 16, ProblemSeverity.Error, "geen geldig webadres"),
            (24, 27, ProblemSeverity.Error, "geen geldige datum"),
            (25, 9, ProblemSeverity.Error, "Het id 'schuldhulp' komt al voor op regel 14."),
            (35, 27, ProblemSeverity.Warning, "meer dan 12 maanden geleden"),
        ];
        Assert.Equal(expected.Length, snapshot.Problems.Count);
        foreach (var (line, column, severity, text) in expected)
        {
            var problem = snapshot.At(line, column);
            Assert.Equal(severity, problem.Severity);
            Assert.Contains(text, problem.Message, StringComparison.Ordinal);
        }

        Assert.Empty(snapshot.Municipalities);
    }

    [Fact]
    public void Problems_AreSortedByFileThenLineThenColumn()
    {
        var snapshot = ContentFixtures.LoadMunicipalityFixture("all-mistakes");

        var sorted = snapshot.Problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column);
        Assert.Equal(sorted, snapshot.Problems);
    }
}
