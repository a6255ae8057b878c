using System.Text;
using EigenPlan.Bench;
using EigenPlan.Content.Problems;
using EigenPlan.Content.Yaml;

namespace EigenPlan.Content.Tests;

/// <summary>
/// The fast reader must build exactly the tree YamlDotNet builds (values, quoting, line and column), and must give up
/// on every file YamlDotNet refuses, so the full parser's exact messages stay in charge of mistakes.
/// </summary>
public class YamlReaderEquivalenceTests
{
    public static TheoryData<string> Snippets =>
    [
        "a: b\n",
        "a: 'it''s'\nb: \"x\\ty \\u00e9 \\\" \\\\\"\n",
        "lijst:\n- a\n- b\nc: d\n",
        "a:\n  - id: x\n    naam: y\n  - id: z\n",
        "a: [x, y , \"z\"]\nb: []\nc: {k: v, l: [1, 2]}\nd: { }\ne: [ ]\n",
        "a: |\n  line1\n   line2\n\n  line3\n\nb: x\n",
        "a: >\n  one\n  two\n\n  three\nb: >-\n  x\n  y\nc: x\n",
        "a: b # comment\n# full\n  # indented comment\nc: d#e\n",
        "a: b: c\n",
        "a: [x,\n  y]\n",
        "a: b\n  c\n",
        "a:\n",
        "a:\nb: c\n",
        "- a\n- b\n",
        "a:\n  b:\n    c: d\n  e: f\ng: h\n",
        "a: \"unterminated\n",
        "a: x\na: y\n",
        "a: |-\n  text\n  more\n",
        "\"quoted key\": v\n'single': w\n",
        "a: -5\nb: ?x\n",
        "a: true\nb: ~\nc: 12\nd: null\n",
        "a: [a: b]\n",
        "a: [x, , y]\n",
        "a: [x, y,]\n",
        "a: b\r\nc: d\r\n",
        "a:   spaced   \n",
        "a: http://x.nl/#frag\n",
        "- - a\n",
        "a: |\n  x\n b: y\n",
        "a: @x\n",
        "a: |\n  x",
        "seq:\n  -\n    a: b\n  - c\n",
        "a: 'x' # c\n",
        "a: \"x\"y\n",
        "a: x\n---\nb: y\n",
        "---\na: x\n",
        "mijn sleutel: waarde met spaties\n",
        "a: b:c\n",
        "a: x #\n",
        "a: 'x'   \n",
        "a: |\n\n  x\n",
        "a: >\n  x\n\n\n  y\n",
        "a: >\n  x\n    more\n  y\n",
        "key: [a, [b, c]]\n",
        "k: v\n  # indented comment after\nl: w\n",
        "a:\n  b: c\n d: e\n",
        "a: &anchor x\n",
        "a: !tag x\n",
        "a: *alias\n",
        "a:\tb\n",
        "? a\n: b\n",
        "a: 'x\n  y'\n",
        "a: \"\\q\"\n",
        "a: [\"x\", 'y''s']\n",
        "a: {k: v, k: w}\n",
        "  a: b\n",
        "# only a comment\n",
        "",
        "a: b\n\n\n",
        "a: café – “quotes” €\n",
        "a:\n  - [x, y]\n  - {k: v}\n  - 'q'\n  - |\n    block\n",
        "a: |\n    deeper\n  less\n",
        "a: |\n  x\n\n",
        "a: >+\n  x\n",
        "a: |2\n  x\n",
        "a: x\n...\n",
        "%YAML 1.2\n---\na: x\n",
        "a: 'x' : y\n",
        "a: [x] y\n",
        "a:  # comment\n  b: c\n",
        "a: # comment\n- x\n",
    ];

    [Theory]
    [MemberData(nameof(Snippets))]
    public void FastReader_Snippet_MatchesFullParserOrGivesUp(string yaml) => AssertEquivalent(yaml, "snippet");

    [Fact]
    public void FastReader_EveryFixtureAndBundledFile_MatchesFullParserOrGivesUp()
    {
        var files = Directory.GetFiles(TestContent.Fixtures, "*.yaml", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(TestContent.RepositoryRoot, "content"), "*.yaml", SearchOption.AllDirectories));
        foreach (var file in files)
        {
            AssertEquivalent(File.ReadAllText(file), file);
        }
    }

    [Theory]
    [InlineData("content/municipalities/almere.yaml")]
    [InlineData("content/municipalities/voorbeeldstad.yaml")]
    [InlineData("content/formats/basis.yaml")]
    public void FastReader_BundledFile_IsReadByTheFastReader(string path)
    {
        var text = File.ReadAllText(Path.Combine(TestContent.RepositoryRoot, path));

        Assert.NotNull(Fast(text));
    }

    [Fact]
    public void FastReader_GeneratedNationalFile_IsReadByTheFastReaderAndMatches()
    {
        var text = ContentGenerator.Municipality(17, 60);

        Assert.True(Fast(text) is not null, $"Gave up at line {FastYamlReader.LastGiveUpLine}: {text.Split('\n')[FastYamlReader.LastGiveUpLine - 1]}");
        AssertEquivalent(text, "generated");
    }

    [Theory]
    [InlineData("a: b\nc: [x, y]\nd: 'q'\ne: |\n  t\n")]
    [InlineData("lijst:\n- a\n- {k: v}\n")]
    [InlineData("a: >-\n  x\n  y\n")]
    public void FastReader_CommonShapes_DoNotFallBack(string yaml) => Assert.NotNull(Fast(yaml));

    private static void AssertEquivalent(string yaml, string name)
    {
        var problems = new ProblemList(name);
        var full = EventYamlReader.Read(new StringReader(yaml), problems, YamlLimits.Default);
        var fast = Fast(yaml);
        if (problems.Items.Count > 0 || full is null)
        {
            Assert.True(fast is null, $"{name}: the full parser refuses this, the fast reader must give up:\n{yaml}");
            return;
        }

        if (fast is not null)
        {
            Assert.Equal(Dump(full), Dump(fast));
        }
    }

    private static YamlNode? Fast(string yaml) => FastYamlReader.TryRead(yaml.ToCharArray(), yaml.Length, YamlLimits.Default);

    private static string Dump(YamlNode node)
    {
        var text = new StringBuilder();
        Dump(node, text, 0);
        return text.ToString();
    }

    private static void Dump(YamlNode node, StringBuilder text, int depth)
    {
        text.Append(' ', depth * 2).Append($"{node.GetType().Name} {node.Line}:{node.Column}");
        switch (node)
        {
            case YamlScalar scalar:
                text.Append($" plain={scalar.IsPlain} [{scalar.Value.Replace("\n", "\\n", StringComparison.Ordinal)}]\n");
                break;
            case YamlMapping mapping:
                text.Append('\n');
                foreach (var (key, value) in mapping.Entries)
                {
                    Dump(key, text, depth + 1);
                    Dump(value, text, depth + 2);
                }

                break;
            case YamlSequence sequence:
                text.Append('\n');
                foreach (var item in sequence.Items)
                {
                    Dump(item, text, depth + 1);
                }

                break;
        }
    }
}
