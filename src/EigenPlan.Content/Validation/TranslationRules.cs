using EigenPlan.Content.Problems;
using EigenPlan.Content.Schema;
using EigenPlan.Content.Translations;
using EigenPlan.Content.Yaml;
using EigenPlan.Core.Content;
using EigenPlan.Core.Languages;

namespace EigenPlan.Content.Validation;

/// <summary>
/// Translation checks a schema cannot express, against the Dutch format the file translates. Errors (the file is not
/// used): a file name without a known language, <c>formaat</c> or <c>taal</c> that differ from the name, a Dutch format
/// that is missing or broken, and an id the Dutch file does not have (a typo, or an item that was removed there).
/// Warnings (the file is used; the Dutch word stays): every id of the Dutch file the translation lacks, every word
/// left out, and a list with another number of items than the Dutch one.
/// </summary>
internal static class TranslationRules
{
    /// <summary>Returns the Dutch format of the file, or null (with an error) when there is none to translate.</summary>
    public static Format? Check(YamlMapping root, string path, LoadContext context, ProblemList problems)
    {
        var (formatId, code) = TranslationFileName.Parse(path);
        if (CheckLanguage(formatId, code, path, problems))
        {
            SameAsName(root, TranslationKeys.Language, code, path, problems);
        }

        SameAsName(root, TranslationKeys.Format, formatId, path, problems);
        if (DutchFormat(root, formatId, context, problems) is not { } dutch)
        {
            return null;
        }

        if (!HasWord(root, FormatKeys.Name))
        {
            problems.Warning(root, $"Niet vertaald: '{FormatKeys.Name}' (de naam van het formaat, '{dutch.Name}'). {KeptDutch}");
        }

        var inFormat = $"het Nederlandse formaat '{dutch.Id}'";
        foreach (var (item, question) in Match(root, FormatKeys.Questions, dutch.Questions, q => q.Id, q => q.Label, "de vraag", inFormat, problems))
        {
            Words(item, $"vraag '{question.Id}'", problems, FormatKeys.Question.Label, FormatKeys.Question.Hint);
        }

        foreach (var (item, smiley) in Match(root, FormatKeys.Smileys, dutch.Smileys, s => s.Id, s => s.Label, "de smiley", inFormat, problems))
        {
            Words(item, $"smiley '{smiley.Id}'", problems, FormatKeys.Smiley.Label);
        }

        foreach (var (item, house) in Match(root, FormatKeys.Houses, dutch.Houses, h => h.Id, h => h.Title, "het huis", inFormat, problems))
        {
            Words(item, $"huis '{house.Id}'", problems, FormatKeys.House.Title, FormatKeys.House.Intro);
            var inHouse = $"huis '{house.Id}' van {inFormat}";
            foreach (var (topicItem, topic) in Match(item, FormatKeys.House.Topics, house.Topics, t => t.Id, t => t.Title, "het onderwerp", inHouse, problems))
            {
                CheckTopic(topicItem, topic, problems);
            }
        }

        return dutch;
    }

    private const string KeptDutch = "Hier blijven de Nederlandse woorden staan.";

    private static void CheckTopic(YamlMapping item, Topic topic, ProblemList problems)
    {
        var what = $"onderwerp '{topic.Key}'";
        Words(item, what, problems, FormatKeys.Topic.Title, FormatKeys.Topic.Essence, FormatKeys.Topic.Suggestions, FormatKeys.Topic.DeepeningQuestions);
        SameCount(item, FormatKeys.Topic.Suggestions, topic.Suggestions.Count, what, problems);
        SameCount(item, FormatKeys.Topic.DeepeningQuestions, topic.DeepeningQuestions.Count, what, problems);
    }

    /// <summary>False (with an error) when the name's language is Dutch or unknown.</summary>
    internal static bool CheckLanguage(string formatId, string code, string path, ProblemList problems)
    {
        var name = Path.GetFileName(path);
        if (PlanLanguage.TryFind(code, out var language) && language.Code == code)
        {
            if (!language.IsDutch)
            {
                return true;
            }

            problems.Error(1, 1, $"Nederlands is de bron: de Nederlandse woorden staan in {formatId}.yaml. Een vertaling {name} is niet nodig; haal dit bestand weg.");
            return false;
        }

        problems.Error(1, 1, $"'{code}' in de bestandsnaam {name} is geen taal die EigenPlan kent. Noem een vertaling {formatId}.<taal>.yaml, met als taal {DutchText.OrList(TranslationSchema.LanguageCodes)}.");
        return false;
    }

    internal static void SameAsName(YamlMapping root, string key, string expected, string path, ProblemList problems)
    {
        if (root[key] is YamlScalar { IsNull: false } value && value.Value != expected)
        {
            problems.Error(value, $"'{key}' is '{value.Value}', maar de bestandsnaam {Path.GetFileName(path)} zegt '{expected}'. Maak ze gelijk.");
        }
    }

    private static Format? DutchFormat(YamlMapping root, string formatId, LoadContext context, ProblemList problems)
    {
        if (context.Formats.TryGetValue(formatId, out var format))
        {
            return format;
        }

        YamlNode at = root[TranslationKeys.Format] as YamlScalar ?? (YamlNode)root;
        if (context.BrokenFormatIds.Contains(formatId))
        {
            problems.Error(at, $"Het Nederlandse formaat '{formatId}' heeft fouten. De vertaling wordt pas gebruikt als die zijn opgelost.");
        }
        else
        {
            var known = context.Formats.Keys.Order(StringComparer.Ordinal).ToList();
            problems.Error(at, $"Er is geen Nederlands formaat '{formatId}' ({formatId}.yaml) om te vertalen.{Suggestions.DidYouMean(formatId, known)}");
        }

        return null;
    }

    /// <summary>
    /// Pairs the items of a translated list with the Dutch items of the same id: an unknown id is an error (with the
    /// closest known id), a Dutch id the list lacks is a warning at the list (or at <paramref name="parent"/> without one).
    /// </summary>
    private static List<(YamlMapping Item, T Dutch)> Match<T>(
        YamlMapping parent, string key, IReadOnlyList<T> dutch, Func<T, string> idOf, Func<T, string> describe, string what, string where, ProblemList problems)
    {
        var byId = dutch.ToDictionary(idOf, StringComparer.Ordinal);
        var pairs = new List<(YamlMapping, T)>();
        var entry = parent.Find(key);
        var items = entry?.Value as YamlSequence;
        foreach (var item in items?.Items.OfType<YamlMapping>() ?? [])
        {
            if (item[FormatKeys.Id] is not YamlScalar { IsNull: false } id || TextFormat.Id.Check(id.Value, default) is not null)
            {
                continue; // the schema check has reported a missing or malformed id
            }

            if (byId.TryGetValue(id.Value, out var match))
            {
                pairs.Add((item, match));
            }
            else
            {
                problems.Error(id, $"{Capital(what)} '{id.Value}' bestaat niet in {where}.{Suggestions.DidYouMean(id.Value, byId.Keys)} Kies uit: {string.Join(", ", byId.Keys)}.");
            }
        }

        var translated = pairs.Select(p => idOf(p.Item2)).ToHashSet(StringComparer.Ordinal);
        YamlNode at = entry is { } found ? found.Key : parent;
        foreach (var item in dutch.Where(d => !translated.Contains(idOf(d))))
        {
            problems.Warning(at, $"Niet vertaald: {what} '{idOf(item)}' ({describe(item)}) ontbreekt in '{key}'. {KeptDutch}");
        }

        return pairs;
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static void Words(YamlMapping item, string what, ProblemList problems, params string[] keys)
    {
        foreach (var key in keys.Where(k => !HasWord(item, k)))
        {
            problems.Warning(item, $"Niet vertaald: '{key}' van {what}. {KeptDutch}");
        }
    }

    internal static bool HasWord(YamlMapping mapping, string key) => mapping[key] is { } value && value is not YamlScalar { IsNull: true };

    private static void SameCount(YamlMapping item, string key, int dutchCount, string what, ProblemList problems)
    {
        if (item.Find(key) is { Value: YamlSequence list } entry && list.Items.Count != dutchCount)
        {
            problems.Warning(entry.Key, $"'{key}' van {what} heeft hier {DutchText.Count(list.Items.Count, "item", "items")} en in het Nederlands {dutchCount}. De vertaalde lijst vervangt de Nederlandse helemaal: kijk of er niets ontbreekt of te veel is.");
        }
    }
}
