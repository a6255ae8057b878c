using System.Text;
using static EigenPlan.Content.Tests.Fuzz.HostileContentInputs;

namespace EigenPlan.Content.Tests.Fuzz;

/// <summary>
/// The hostile YAML the fuzzer's mutations aim at, each written out once: every one is refused with a problem that
/// says what is wrong, never hangs (1 s is measured in `bench … fuzz`), and none throws.
/// </summary>
[Collection(TimedTests.Name)]
public class HostileYamlTests
{
    public static TheoryData<string, string, string> Refused => new()
    {
        { "billion laughs", BillionLaughs(), "Ankers en verwijzingen" },
        { "merge key", "id: almere\nbasis: &b {naam: x}\n<<: *b\n", "Ankers en verwijzingen" },
        { "10.000 [ deep", "id: almere\nnaam: " + new string('[', 10_000) + new string(']', 10_000) + "\n", "te diep genest" },
        { "10.000 { deep", "id: almere\nnaam: " + string.Concat(Enumerable.Repeat("{a: ", 10_000)) + "x" + new string('}', 10_000) + "\n", "te diep genest" },
        { "300 block levels deep", "id: almere\n" + string.Concat(Enumerable.Range(0, 300).Select(d => new string(' ', 2 * d) + "a:\n")) + new string(' ', 600) + "x\n", "te diep genest" },
        { "300 list levels deep", "id: almere\nnaam:\n" + string.Concat(Enumerable.Range(0, 300).Select(d => new string(' ', 2 * d) + "-\n")) + new string(' ', 600) + "x\n", "te diep genest" },
        { "tab indent", "id: almere\nnaam: Almere\nwijkteam:\n\tnaam: Wijkteam\n", "" },
        { "duplicate key", "id: almere\nnaam: Almere\nnaam: Almere\n", "" },
        { "python tag", "id: almere\nnaam: !!python/object/apply:os.system ['ls']\n", "" },
        { "unclosed quote", "id: almere\nnaam: \"Almere\n", "" },
        { "only a document end", "...\n", "" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Load_HostileYaml_IsRefusedWithAProblem(string name, string yaml, string message)
    {
        var (value, problems) = LoadMunicipality(Encoding.UTF8.GetBytes(yaml));

        Assert.Null(value);
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message), name));
        Assert.Contains(problems, p => p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_TenMegabyteFile_IsRefusedAsTooBig()
    {
        var (value, problems) = LoadMunicipality([.. Almere, .. Encoding.UTF8.GetBytes("# " + new string('x', 10 * 1024 * 1024) + "\n")]);

        Assert.Null(value);
        Assert.Contains("te groot", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HugeScalarJustUnderTheSizeLimit_IsReadAndJudged()
    {
        var (_, problems) = LoadMunicipality(Encoding.UTF8.GetBytes("id: almere\nnaam: " + new string('x', 1_000_000) + "\n"));

        // No crash and no hang; a name of a million letters does not make a valid municipality file.
        Assert.NotEmpty(problems);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xFF })]
    public void Load_InvalidUtf8InTheMiddle_IsRefusedAsNotUtf8(byte[] bad)
    {
        var almere = Almere;
        var (value, problems) = LoadMunicipality([.. almere.AsSpan(0, almere.Length / 2), .. bad, .. almere.AsSpan(almere.Length / 2)]);

        Assert.Null(value);
        Assert.Contains("niet opgeslagen als UTF-8", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ByteOrderMarkAtTheStart_IsReadAsUsual()
    {
        var (value, problems) = LoadMunicipality([0xEF, 0xBB, 0xBF, .. Almere]);

        Assert.NotNull(value);
        Assert.DoesNotContain(problems, p => p.Severity == Core.Content.ProblemSeverity.Error);
    }

    [Fact]
    public void Load_ByteOrderMarkInTheMiddle_IsRefusedWithAProblem()
    {
        var (value, problems) = LoadMunicipality([.. Encoding.UTF8.GetBytes("id: almere\n"), 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("naam: Almere\n")]);

        Assert.Null(value);
        Assert.NotEmpty(problems);
    }

    [Fact]
    public void Load_ZipFile_IsRefusedWithAProblem()
    {
        var (value, problems) = LoadMunicipality(ZipLike());

        Assert.Null(value);
        Assert.Contains("niet opgeslagen als UTF-8", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    // Found by the 60-minute run (content, case d8498e77a05fa9b2): a tab turned 20.000 '[' into the text of a person's
    // example, and Markdig threw "too deeply nested" out of the content check (reported as a hang, as it took > 1 s).
    [Fact]
    public void Load_ExplanationWithTwentyThousandBrackets_IsRefusedAsTooDeep()
    {
        var target = new EigenPlan.Bench.Fuzz.ContentFuzzTarget(RepoRoot.Content);
        var input = EigenPlan.Bench.Fuzz.FuzzRunner.Generate(target, 0xd8498e77a05fa9b2UL);

        var (outcome, error, _, _) = EigenPlan.Bench.Fuzz.FuzzRunner.RunOnce(target, input, Limit);

        Assert.Null(error);
        Assert.Equal("problemen", outcome);
    }

    // Found by the 60-minute run of 2026-12-01 (content, case f7c4ca904330b751): 20,000 nested '- ' in an uitleg text
    // took Markdig 2.5–7 s to refuse. A text over every uitleg length limit is refused for its length and not parsed.
    [Fact]
    public void Explanation_TextFarOverTheLengthLimit_IsRefusedForItsLengthOnly()
    {
        var target = new EigenPlan.Bench.Fuzz.ContentFuzzTarget(RepoRoot.Content);
        var input = EigenPlan.Bench.Fuzz.FuzzRunner.Generate(target, 0xf7c4ca904330b751UL);

        var (outcome, error, _, _) = EigenPlan.Bench.Fuzz.FuzzRunner.RunOnce(target, input, Limit);

        Assert.Null(error);
        Assert.Equal("problemen", outcome);
        var nested = string.Concat(Enumerable.Repeat("- ", 20_000)) + "x";
        var file = Encoding.UTF8.GetString(Uitleg).Replace("\n    wil: ", "\n    wil: |\n      " + nested + "\n      ", StringComparison.Ordinal);
        var problems = LoadExplanation(Encoding.UTF8.GetBytes(file));
        Assert.Contains(problems, p => p.Message.Contains("tekens lang", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Message.Contains("te diep genest", StringComparison.Ordinal));
    }

    // Same run (case 4563736834811c34): a topic key of 600,000 letters took seconds in "Bedoel je …?" (an edit distance
    // per known topic). A word more than two letters longer than every candidate is never suggested and not compared.
    [Fact]
    public void DidYouMean_FarLongerWord_SuggestsNothing_ButATypoStillGetsItsSuggestion()
    {
        string[] topics = ["woonruimte.huishouden", "woonruimte.wonen"];

        Assert.Null(EigenPlan.Content.Problems.Suggestions.Closest("woonruimte.huishouden" + new string('x', 600_000), topics));
        Assert.Equal("woonruimte.huishouden", EigenPlan.Content.Problems.Suggestions.Closest("woonruimte.huishoudn", topics));
        Assert.Equal("woonruimte.wonen", EigenPlan.Content.Problems.Suggestions.Closest("woonruimte.wonenxx", topics));
    }

    [Theory]
    [InlineData("[")]
    [InlineData("> ")]
    public void Markdown_NestedPastMarkdigsLimit_IsAProblemNotAnException(string opener)
    {
        var text = string.Concat(Enumerable.Repeat(opener, 20_000)) + "x";

        Assert.Contains("te diep genest", SafeMarkdown.MarkupRefusal(text), StringComparison.Ordinal);
        Assert.Contains("te diep genest", Assert.Single(SafeMarkdown.Refusals(text)), StringComparison.Ordinal);
        Assert.EndsWith("x</p>\n", SafeMarkdown.ToHtml(text), StringComparison.Ordinal);
        Assert.Single(SafeMarkdown.ToPlainBlocks(text));
    }

    /// <summary>A zip's local header and bytes that look compressed (fixed, so the test is the same every run).</summary>
    internal static byte[] ZipLike()
    {
        var random = new Random(12);
        var body = new byte[4096];
        random.NextBytes(body);
        return [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, 8, 0, .. body];
    }

    /// <summary>Nine levels of ten aliases each: a billion "lol"s if a reader expanded them.</summary>
    private static string BillionLaughs()
    {
        var yaml = new StringBuilder("id: almere\na0: &a0 [\"lol\"]\n");
        for (var level = 1; level <= 9; level++)
        {
            yaml.Append($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 10))}]\n");
        }

        return yaml.ToString();
    }
}
