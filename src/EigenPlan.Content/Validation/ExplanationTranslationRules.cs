using EigenPlan.Content.Problems;
using EigenPlan.Content.Schema;
using EigenPlan.Content.Translations;
using EigenPlan.Content.Yaml;
using EigenPlan.Core.Content;

namespace EigenPlan.Content.Validation;

/// <summary>
/// Uitlegboekje translation checks, against the Dutch uitlegboekje the file translates (as <see cref="TranslationRules"/>
/// does for a format). Errors (the file is not used): a file name without a known language, <c>formaat</c> or
/// <c>taal</c> that differ from the name, no usable Dutch uitlegboekje, a person, house, topic or question the Dutch
/// file does not have, and Markdown that does not work. Warnings (the file is used; the Dutch text stays): every text of
/// the Dutch file the translation lacks.
/// </summary>
internal static class ExplanationTranslationRules
{
    private const string KeptDutch = "Hier blijft de Nederlandse tekst staan.";

    /// <summary>Returns the Dutch uitlegboekje of the file, or null (with an error) when there is none to translate.</summary>
    public static FormatExplanation? Check(YamlMapping root, string path, IReadOnlyList<FormatExplanation> dutchExplanations, LoadContext context, ProblemList problems)
    {
        var (formatId, code) = TranslationFileName.Parse(path);
        if (TranslationRules.CheckLanguage(formatId, code, path, problems))
        {
            TranslationRules.SameAsName(root, TranslationKeys.Language, code, path, problems);
        }

        TranslationRules.SameAsName(root, ExplanationKeys.Format, formatId, path, problems);
        if (dutchExplanations.FirstOrDefault(e => e.FormatId == formatId) is not { } dutch)
        {
            YamlNode at = root[ExplanationKeys.Format] as YamlScalar ?? (YamlNode)root;
            problems.Error(at, $"Er is geen bruikbaar Nederlands uitlegboekje '{formatId}' ({formatId}.yaml) om te vertalen. De vertaling wordt pas gebruikt als dat er is zonder fouten.");
            return null;
        }

        var format = context.Formats.GetValueOrDefault(formatId);
        CheckTexts(root, dutch, format, problems);
        CheckResidents(root, dutch, format, problems);
        return dutch;
    }

    private static void CheckTexts(YamlMapping root, FormatExplanation dutch, Format? format, ProblemList problems)
    {
        if (root.Find(ExplanationKeys.Explanation) is not { Value: YamlMapping texts })
        {
            problems.Warning(root, $"Niet vertaald: '{ExplanationKeys.Explanation}' (de inleiding, de huisjes en de uitleg bij elke vraag). {KeptDutch}");
            return;
        }

        foreach (var (_, value) in texts.Entries)
        {
            ExplanationRules.CheckMarkdown(value, problems);
        }

        Missing(texts, $"'{ExplanationKeys.Explanation}'", problems, ExplanationKeys.Texts.Intro, ExplanationKeys.Texts.Houses);
        var questions = texts.Find(ExplanationKeys.Texts.Questions);
        Match(questions?.Value as YamlMapping, questions?.Key ?? (YamlNode)texts, dutch.Questions, "de vraag",
            id => format?.Questions.FirstOrDefault(q => q.Id == id)?.Label, $"'{ExplanationKeys.Explanation}.{ExplanationKeys.Texts.Questions}'", problems,
            ExplanationRules.CheckMarkdown);
    }

    private static void CheckResidents(YamlMapping root, FormatExplanation dutch, Format? format, ProblemList problems)
    {
        var entry = root.Find(ExplanationKeys.Residents);
        var byId = dutch.Residents.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var translated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in (entry?.Value as YamlSequence)?.Items.OfType<YamlMapping>() ?? [])
        {
            if (item[ExplanationKeys.Resident.Id] is not YamlScalar { IsNull: false } id || TextFormat.Id.Check(id.Value, default) is not null)
            {
                continue; // the schema check has reported a missing or malformed id
            }

            if (!byId.TryGetValue(id.Value, out var resident))
            {
                problems.Error(id, $"De persoon '{id.Value}' bestaat niet in het Nederlandse uitlegboekje '{dutch.FormatId}'.{Suggestions.DidYouMean(id.Value, byId.Keys)} Kies uit: {string.Join(", ", byId.Keys)}.");
                continue;
            }

            translated.Add(id.Value);
            CheckResident(item, resident, format, problems);
        }

        YamlNode at = entry is { } found ? found.Key : root;
        foreach (var resident in dutch.Residents.Where(r => !translated.Contains(r.Id)))
        {
            problems.Warning(at, $"Niet vertaald: de persoon '{resident.Id}' ({resident.Name}) ontbreekt in '{ExplanationKeys.Residents}'. {KeptDutch}");
        }
    }

    private static void CheckResident(YamlMapping item, ExampleResident resident, Format? format, ProblemList problems)
    {
        var who = $"persoon '{resident.Id}'";
        ExplanationRules.CheckPlain(item[ExplanationKeys.Resident.About], problems);
        Missing(item, who, problems, ExplanationKeys.Resident.About);

        var houses = item.Find(ExplanationKeys.Resident.Houses);
        foreach (var (house, notes) in Match(houses?.Value as YamlMapping, houses?.Key ?? (YamlNode)item, resident.Houses, "het huis",
            id => format?.FindHouse(id)?.Title, $"'{ExplanationKeys.Resident.Houses}' van {who}", problems, (_, _) => { }))
        {
            var dutchNotes = resident.Houses[house.Value];
            if (notes is not YamlMapping translatedNotes)
            {
                continue;
            }

            foreach (var (key, value) in translatedNotes.Entries)
            {
                ExplanationRules.CheckPlain(value, problems);
                var inDutch = key.Value == ExplanationKeys.HouseNotes.GoingWell ? dutchNotes.GoingWell : dutchNotes.NotGoingWell;
                if (inDutch is null)
                {
                    problems.Error(key, $"'{key.Value}' bij huis '{house.Value}' van {who} staat niet in het Nederlandse uitlegboekje. Haal het weg, of schrijf het eerst in het Nederlands.");
                }
            }

            var what = $"huis '{house.Value}' van {who}";
            Missing(translatedNotes, what, problems, [.. new[] { (ExplanationKeys.HouseNotes.GoingWell, dutchNotes.GoingWell), (ExplanationKeys.HouseNotes.NotGoingWell, dutchNotes.NotGoingWell) }
                .Where(n => n.Item2 is not null).Select(n => n.Item1)]);
        }

        var topics = item.Find(ExplanationKeys.Resident.Topics);
        foreach (var (topic, answers) in Match(topics?.Value as YamlMapping, topics?.Key ?? (YamlNode)item, resident.Topics, "het onderwerp",
            key => format?.FindTopic(key)?.Title, $"'{ExplanationKeys.Resident.Topics}' van {who}", problems, (_, _) => { }))
        {
            Match(answers as YamlMapping, topic, resident.Topics[topic.Value], "het antwoord op vraag",
                id => format?.Questions.FirstOrDefault(q => q.Id == id)?.Label, $"onderwerp '{topic.Value}' van {who}", problems, ExplanationRules.CheckPlain);
        }
    }

    /// <summary>
    /// Pairs the keys of a translated group with the Dutch keys: an unknown key is an error (with the closest known key),
    /// a Dutch key the group lacks is a warning at <paramref name="at"/>. Gives the entries whose key is known.
    /// </summary>
    private static List<YamlEntry> Match<T>(
        YamlMapping? translated, YamlNode at, IReadOnlyDictionary<string, T> dutch, string what, Func<string, string?> describe, string where, ProblemList problems,
        Action<YamlNode, ProblemList> checkValue)
    {
        var known = new List<YamlEntry>();
        foreach (var entry in translated?.Entries ?? [])
        {
            checkValue(entry.Value, problems);
            if (dutch.ContainsKey(entry.Key.Value))
            {
                known.Add(entry);
            }
            else
            {
                problems.Error(entry.Key, $"{Capital(what)} '{entry.Key.Value}' staat niet in {where} in het Nederlandse uitlegboekje.{Suggestions.DidYouMean(entry.Key.Value, dutch.Keys)} Kies uit: {string.Join(", ", dutch.Keys)}.");
            }
        }

        var present = known.Select(e => e.Key.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var key in dutch.Keys.Where(k => !present.Contains(k)))
        {
            var description = describe(key) is { } d ? $" ({d})" : "";
            problems.Warning(at, $"Niet vertaald: {what} '{key}'{description} ontbreekt in {where}. {KeptDutch}");
        }

        return known;
    }

    private static void Missing(YamlMapping mapping, string what, ProblemList problems, params string[] keys)
    {
        foreach (var key in keys.Where(k => !TranslationRules.HasWord(mapping, k)))
        {
            problems.Warning(mapping, $"Niet vertaald: '{key}' van {what}. {KeptDutch}");
        }
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
