using System.Text;
using EigenPlan.Core.Plans;
using static EigenPlan.TestSupport.SmallContent;

namespace EigenPlan.Core.Tests.Fuzz;

/// <summary>What the fuzzer found in the plan import, each with the smallest input that showed it.</summary>
public class PlanExportFuzzFindingsTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static PlanImportResult Import(string json) => PlanExport.Import(Encoding.UTF8.GetBytes(json), Format, Municipality, Today);

    private static string File(string body) =>
        $$"""{"formaat":"eigenplan-export","versie":2,"gemeente":"{{Municipality.Id}}","plan_formaat":"{{Format.Id}}",{{body}}}""";

    // Found by `fuzz --target export` (seed 1): JSON allows null where a topic, house, stroke or round should be, and the
    // mapping dereferenced it (NullReferenceException instead of a result).
    [Theory]
    [InlineData("\"onderwerpen\":{\"x\":null}")]
    [InlineData("\"onderwerpen\":{\"x\":{\"antwoorden\":{\"nu\":null},\"gekozen\":[null]}}")]
    [InlineData("\"huizen\":{\"wonen\":null}")]
    [InlineData("\"huizen\":{\"wonen\":{\"tekening\":[null]}}")]
    [InlineData("\"rondes\":[null]")]
    [InlineData("\"rondes\":[{\"datum\":\"2026-01-01\",\"afgesloten_op\":\"2026-02-01\",\"onderwerpen\":{\"x\":null},\"huizen\":{\"wonen\":null}}]")]
    [InlineData("\"rondes\":[{\"datum\":\"2026-01-01\",\"afgesloten_op\":\"2026-02-01\",\"onderwerpen\":{\"x\":{\"antwoorden\":{\"nu\":null}}}}]")]
    public void Import_NullWhereAPartShouldBe_ReadsItAsAbsent(string body)
    {
        var result = Import(File(body));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.All(result.Plan!.Topics.Values, t => Assert.DoesNotContain(null, t.Answers.Values));
        Assert.All(result.Plan.Houses.Values, h => Assert.DoesNotContain(null, h.Drawing.Strokes));
    }
}
