using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace EigenPlan.Content.Yaml;

/// <summary>Turns YamlDotNet's English syntax errors into plain Dutch for the people who edit content files.</summary>
internal static partial class YamlErrorText
{
    private static readonly (string English, string Dutch)[] Known =
    [
        ("tab", "gebruik spaties om in te springen, geen tabs."),
        ("quoted scalar", "er ontbreekt een aanhalingsteken aan het eind van de tekst."),
        ("found invalid mapping", "hier staat een dubbele punt met een spatie erna midden in een tekst. Zet de hele tekst tussen aanhalingstekens."),
        ("Mapping values are not allowed", "hier staat een dubbele punt die niet mag. Zet tekst met ': ' erin tussen aanhalingstekens, of kijk of het inspringen klopt."),
        ("could not find expected ':'", "er ontbreekt een dubbele punt na de sleutel, of het inspringen klopt niet."),
        ("did not find expected key", "hier verwacht ik 'sleutel: waarde'. Kijk of het inspringen klopt."),
        ("did not find expected '-' indicator", "hier verwacht ik een lijstregel die begint met '- '. Kijk of het inspringen klopt."),
        ("did not find expected ',' or ']'", "er ontbreekt een ',' of een ']' in de lijst."),
        ("did not find expected ',' or '}'", "er ontbreekt een ',' of een '}' in de groep."),
        ("cannot start any token", "dit teken mag niet aan het begin van een waarde staan. Zet de tekst tussen aanhalingstekens."),
        ("did not find expected node content", "hier ontbreekt een waarde."),
        ("Block sequence entries are not allowed", "hier mag geen lijstregel ('- ') staan. Kijk of het inspringen klopt."),
    ];

    public static string ToDutch(YamlException exception)
    {
        var english = PositionPrefix().Replace(exception.Message, "");
        foreach (var (key, dutch) in Known)
        {
            if (english.Contains(key, StringComparison.OrdinalIgnoreCase))
            {
                return "De YAML klopt niet: " + dutch;
            }
        }

        return $"De YAML klopt niet ({english.TrimEnd('.')}).";
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();
}
