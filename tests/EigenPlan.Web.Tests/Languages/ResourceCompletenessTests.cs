using System.Text.RegularExpressions;
using System.Xml.Linq;
using EigenPlan.Core.Languages;

namespace EigenPlan.Web.Tests.Languages;

/// <summary>
/// Every interface text exists in every language: a key added to the Dutch resx and forgotten in a translation (or the
/// other way round), an empty translation, or a translation that drops a {0}, fails here instead of showing Dutch — or
/// nothing — to a resident. And every key a page asks for exists.
/// </summary>
public partial class ResourceCompletenessTests
{
    private static readonly string Resources = Path.Combine(RepoRoot.Path, "src", "EigenPlan.Web", "Resources");

    /// <summary>The Dutch (source) resx files' areas: SiteText, StartText, ….</summary>
    private static IEnumerable<string> AreaNames() =>
        Directory.GetFiles(Resources, "*.resx").Where(f => Path.GetFileName(f).Count(c => c == '.') == 1).Select(Path.GetFileNameWithoutExtension)!;

    public static TheoryData<string> Areas() => new(AreaNames());

    [Fact]
    public void EveryArea_HasAResxPerLanguage()
    {
        Assert.Equal(["AccountText", "GoalsText", "HousesText", "MessagesText", "PlanPagesText", "SiteText", "StartText", "TeamText", "TopicText"], AreaNames().Order());
        foreach (var area in AreaNames())
        {
            foreach (var language in PlanLanguage.All.Where(l => !l.IsDutch))
            {
                Assert.True(File.Exists(PathOf(area, language)), $"{area}.{language.Code}.resx is missing");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Areas))]
    public void EveryKey_IsInEveryLanguage_NotEmpty_WithTheSamePlaceholders(string area)
    {
        var dutch = Read(PathOf(area, PlanLanguage.Dutch));
        Assert.NotEmpty(dutch);
        foreach (var language in PlanLanguage.All.Where(l => !l.IsDutch))
        {
            var translated = Read(PathOf(area, language));
            Assert.True(dutch.Keys.Order().SequenceEqual(translated.Keys.Order()),
                $"{area}.{language.Code}: missing [{string.Join(", ", dutch.Keys.Except(translated.Keys))}], extra [{string.Join(", ", translated.Keys.Except(dutch.Keys))}]");
            foreach (var (key, text) in translated)
            {
                Assert.False(string.IsNullOrWhiteSpace(text) && !string.IsNullOrWhiteSpace(dutch[key]), $"{area}.{language.Code}: {key} is empty");
                Assert.Equal(Placeholders(dutch[key]), Placeholders(text));
            }
        }
    }

    [Fact]
    public void EveryKeyAPageAsksFor_IsInItsArea()
    {
        var components = Path.Combine(RepoRoot.Path, "src", "EigenPlan.Web", "Components");
        var missing = new List<string>();
        var checkedKeys = 0;
        foreach (var file in Directory.GetFiles(components, "*.razor*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".css", StringComparison.Ordinal)))
        {
            var source = File.ReadAllText(file);
            foreach (Match injected in Localizer().Matches(source))
            {
                var (area, name) = (injected.Groups["area"].Value, injected.Groups["name"].Value);
                var keys = Read(PathOf(area, PlanLanguage.Dutch));
                foreach (Match used in new Regex($@"\b{name}\[""(?<key>[A-Za-z0-9]+)""").Matches(source))
                {
                    checkedKeys++;
                    if (!keys.ContainsKey(used.Groups["key"].Value))
                    {
                        missing.Add($"{Path.GetFileName(file)}: {area}.{used.Groups["key"].Value}");
                    }
                }
            }
        }
        Assert.Empty(missing);
        Assert.True(checkedKeys > 200, $"only {checkedKeys} keys found: is the pattern still right?");
    }

    private static string PathOf(string area, PlanLanguage language) =>
        Path.Combine(Resources, language.IsDutch ? $"{area}.resx" : $"{area}.{language.Code}.resx");

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    private static string Placeholders(string text) => string.Join(",", Placeholder().Matches(text).Select(m => m.Value).Order());

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"IStringLocalizer<(?<area>\w+)>\s+(?<name>\w+)")]
    private static partial Regex Localizer();
}
