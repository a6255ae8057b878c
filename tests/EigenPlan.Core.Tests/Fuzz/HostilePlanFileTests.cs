using System.Diagnostics;
using System.Text;
using EigenPlan.Bench.Fuzz;
using EigenPlan.Core.Plans;

namespace EigenPlan.Core.Tests.Fuzz;

/// <summary>
/// Hostile plan files, each written out once: refused with an error that says what is wrong, within 1 s, never an
/// exception. The fastest of three tries counts (the machine is shared; the fuzzer also tries a slow input again).
/// </summary>
public class HostilePlanFileTests
{
    // Catches a real hang or runaway work; the 1 s promise is measured in the benchmark (`bench … fuzz`), not here.
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(15);

    private static readonly DateOnly Today = new(2026, 11, 30);
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<string> Filled = new(() =>
        PlanExport.ToJson(ExportFuzzTarget.FilledPlan(BundledContent.Format, BundledContent.Almere), Now));

    public static TheoryData<string, string> Refused => new()
    {
        { "10.000 [ deep", Replace("\"tekening\": [", "\"tekening\": " + new string('[', 10_000) + new string(']', 10_000) + ", \"x\": [") },
        { "10.000 { deep", Replace("\"over_mij\": {", "\"over_mij\": " + string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000) + ", \"x\": {") },
        { "17 levels deep", "{\"formaat\":\"eigenplan-export\",\"a\":" + string.Concat(Enumerable.Repeat("[", 17)) + new string(']', 17) + "}" },
        { "version 1e400", Replace("\"versie\": 2", "\"versie\": 1e400") },
        { "version 2^63", Replace("\"versie\": 2", "\"versie\": 9223372036854775808") },
        { "age 30 digits", Replace("\"leeftijd\": 47", "\"leeftijd\": 123456789012345678901234567890") },
        { "line width 1e400", Replace("\"dikte\": 4", "\"dikte\": 1e400") },
        { "point -1e400", Replace("\"punten\": [", "\"punten\": [-1e400, ") },
        { "NaN", Replace("\"dikte\": 4", "\"dikte\": NaN") },
        { "answer of 300.000 letters", Replace("\"Antwoord 0: ", "\"" + new string('x', 300_000)) },
        { "comment", "// plan\n" + Filled.Value },
        { "trailing comma", Filled.Value.TrimEnd()[..^1] + ",}" },
        { "single quotes", Filled.Value.Replace('"', '\'') },
        { "empty", "" },
        { "null", "null" },
        { "array", "[]" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Import_HostilePlanFile_IsRefusedWithAnError(string name, string json)
    {
        var result = Import(Encoding.UTF8.GetBytes(json));

        Assert.False(result.Succeeded, name);
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e)));
        Assert.NotEmpty(result.Errors);
    }

    // Found while checking the fuzzer's reach: a key twice was read as the last one, so the first topics or answer
    // were dropped without a word.
    [Theory]
    [InlineData("\"versie\": 2", "\"versie\": 2, \"versie\": 2")]
    [InlineData("\"onderwerpen\": {", "\"onderwerpen\": {}, \"onderwerpen\": {")]
    [InlineData("\"antwoorden\": {", "\"antwoorden\": { \"nu\": \"eerst\",")]
    public void Import_KeyTwice_IsRefusedInsteadOfKeepingTheLast(string old, string twice)
    {
        var result = Import(Encoding.UTF8.GetBytes(Replace(old, twice)));

        Assert.Contains("geen geldig plan-bestand", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_FileOverTheLimit_IsRefusedAsTooBig()
    {
        var result = Import(Encoding.UTF8.GetBytes(Replace("\"Antwoord 0: ", "\"" + new string('x', PlanExport.MaxBytes))));

        Assert.Contains("te groot", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xFF })]
    public void Import_InvalidUtf8InAnAnswer_IsRefused(byte[] bad)
    {
        var json = Encoding.UTF8.GetBytes(Filled.Value);
        var at = Filled.Value.IndexOf("Antwoord 0", StringComparison.Ordinal);

        var result = Import([.. json.AsSpan(0, at), .. bad, .. json.AsSpan(at)]);

        Assert.Contains("geen geldig plan-bestand", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ZipFile_IsRefused()
    {
        var random = new Random(12);
        var body = new byte[4096];
        random.NextBytes(body);

        var result = Import([(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, 8, 0, .. body]);

        Assert.Contains("geen geldig plan-bestand", Assert.Single(result.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Seed_IsAccepted()
    {
        Assert.True(Import(Encoding.UTF8.GetBytes(Filled.Value)).Succeeded);
    }

    private static string Replace(string old, string replacement)
    {
        Assert.Contains(old, Filled.Value, StringComparison.Ordinal);
        var at = Filled.Value.IndexOf(old, StringComparison.Ordinal);
        return Filled.Value[..at] + replacement + Filled.Value[(at + old.Length)..];
    }

    private static PlanImportResult Import(byte[] file)
    {
        var fastest = TimeSpan.MaxValue;
        PlanImportResult result = null!;
        for (var attempt = 0; attempt < 3 && fastest >= HangLimit; attempt++)
        {
            var watch = Stopwatch.StartNew();
            result = PlanExport.Import(file, BundledContent.Format, BundledContent.Almere, Today);
            fastest = watch.Elapsed < fastest ? watch.Elapsed : fastest;
        }

        Assert.True(fastest < HangLimit, $"Took {fastest.TotalMilliseconds:0} ms, three times.");
        return result;
    }
}
