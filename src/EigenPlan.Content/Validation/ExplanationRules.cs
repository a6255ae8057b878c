using EigenPlan.Content.Problems;
using EigenPlan.Content.Schema;
using EigenPlan.Content.Yaml;
using EigenPlan.Core.Content;

namespace EigenPlan.Content.Validation;

/// <summary>
/// Uitlegboekje checks a schema cannot express: the file is named after its format, every house, topic, question and
/// smiley id exists in that format, the explanation texts use only Markdown that works, and the residents' texts
/// (shown as plain text) use none. As warnings: a question without explanation, a resident's topic without an answer to
/// every question, and a topic nobody gives an example for.
/// </summary>
internal static class ExplanationRules
{
    public static void Check(YamlMapping root, string fileId, LoadContext context, ProblemList problems)
    {
        var format = MunicipalityRules.FindFormat(root, context, problems);
        if (format is not null && format.Id != fileId)
        {
            problems.Error(root[ExplanationKeys.Format]!, $"Het formaat '{format.Id}' moet gelijk zijn aan de bestandsnaam: '{fileId}' (van {fileId}.yaml). Elk formaat heeft één uitlegboekje, met dezelfde naam.");
        }
        if (root.Find(ExplanationKeys.Explanation) is { Value: YamlMapping texts } textsEntry)
        {
            CheckTexts(texts, textsEntry.Key, format, problems);
        }

        if (root.Find(ExplanationKeys.Residents) is not { Value: YamlSequence residents } residentsEntry)
        {
            return;
        }

        var withExamples = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resident in residents.Items.OfType<YamlMapping>())
        {
            CheckResident(resident, format, withExamples, problems);
        }

        foreach (var topic in format?.Topics ?? [])
        {
            if (!withExamples.Contains(topic.Key))
            {
                problems.Warning(residentsEntry.Key, $"Niemand in 'personen' geeft een voorbeeld bij onderwerp '{topic.Key}' ({topic.Title}). Bij dit onderwerp kan de inwoner dan geen voorbeeld bekijken.");
            }
        }
    }

    private static void CheckTexts(YamlMapping texts, YamlScalar at, Format? format, ProblemList problems)
    {
        foreach (var (_, value) in texts.Entries)
        {
            CheckMarkdown(value, problems);
        }

        if (texts[ExplanationKeys.Texts.Questions] is not YamlMapping questions)
        {
            return;
        }

        foreach (var (key, value) in questions.Entries)
        {
            CheckMarkdown(value, problems);
            if (format is not null)
            {
                KnownId(key, format.Questions.Select(q => q.Id), "De vraag", format, problems);
            }
        }

        foreach (var question in format?.Questions ?? [])
        {
            if (questions.Find(question.Id) is null)
            {
                problems.Warning(at, $"Bij vraag '{question.Id}' ({question.Label}) staat geen uitleg in 'uitleg.vragen'.");
            }
        }
    }

    private static void CheckResident(YamlMapping resident, Format? format, HashSet<string> withExamples, ProblemList problems)
    {
        var name = (resident[ExplanationKeys.Resident.Name] as YamlScalar)?.Value ?? "Deze persoon";
        CheckPlain(resident[ExplanationKeys.Resident.About], problems);
        if (resident[ExplanationKeys.Resident.Houses] is YamlMapping houses)
        {
            foreach (var (key, value) in houses.Entries)
            {
                if (format is not null)
                {
                    KnownId(key, format.Houses.Select(h => h.Id), "Het huis", format, problems);
                }

                foreach (var (_, note) in (value as YamlMapping)?.Entries ?? [])
                {
                    CheckPlain(note, problems);
                }
            }
        }

        if (resident[ExplanationKeys.Resident.Smileys] is YamlMapping smileys && format is not null)
        {
            foreach (var (key, value) in smileys.Entries)
            {
                KnownTopic(key, format, problems);
                if (value is YamlScalar { IsNull: false } smiley)
                {
                    KnownId(smiley, format.Smileys.Select(s => s.Id), "De smiley", format, problems);
                }
            }
        }

        if (resident[ExplanationKeys.Resident.Topics] is YamlMapping topics)
        {
            foreach (var (key, value) in topics.Entries)
            {
                CheckTopic(name, key, value as YamlMapping, format, withExamples, problems);
            }
        }
    }

    private static void CheckTopic(string name, YamlScalar key, YamlMapping? answers, Format? format, HashSet<string> withExamples, ProblemList problems)
    {
        foreach (var (_, text) in answers?.Entries ?? [])
        {
            CheckPlain(text, problems);
        }

        if (format is null || !KnownTopic(key, format, problems) || answers is null)
        {
            return;
        }

        withExamples.Add(key.Value);
        foreach (var (questionId, _) in answers.Entries)
        {
            KnownId(questionId, format.Questions.Select(q => q.Id), "De vraag", format, problems);
        }

        var missing = format.Questions.Where(q => answers.Find(q.Id) is null).Select(q => q.Id).ToList();
        if (missing.Count > 0)
        {
            problems.Warning(key, $"{name} geeft bij '{key.Value}' geen voorbeeld voor {(missing.Count == 1 ? "vraag" : "de vragen")} {DutchText.OrList([.. missing.Select(id => $"'{id}'")]).Replace(" of ", " en ", StringComparison.Ordinal)}.");
        }
    }

    private static bool KnownTopic(YamlScalar key, Format format, ProblemList problems)
    {
        if (format.FindTopic(key.Value) is not null)
        {
            return true;
        }

        if (TextFormat.TopicKey.Check(key.Value, default) is not null)
        {
            return false; // the schema check has already said what is wrong with its shape
        }

        problems.Error(key, $"Onderwerp '{key.Value}' bestaat niet in formaat '{format.Id}'.{Suggestions.DidYouMean(key.Value, format.Topics.Select(t => t.Key))}");
        return false;
    }

    private static void KnownId(YamlScalar id, IEnumerable<string> known, string theWhat, Format format, ProblemList problems)
    {
        var ids = known.ToList();
        if (!ids.Contains(id.Value) && TextFormat.Id.Check(id.Value, default) is null)
        {
            problems.Error(id, $"{theWhat} '{id.Value}' bestaat niet in formaat '{format.Id}'.{Suggestions.DidYouMean(id.Value, ids)} Kies uit: {string.Join(", ", ids)}.");
        }
    }

    // A text over the longest length any uitleg field allows is already refused by the schema. It is not parsed as
    // Markdown as well: Markdig's list parsing takes seconds on tens of thousands of nested '- ' (found by the fuzzer).
    private static bool TooLongToParse(YamlScalar text) => text.Value.Length > ExplanationSchema.MaxIntro;

    internal static void CheckMarkdown(YamlNode node, ProblemList problems)
    {
        if (node is YamlScalar { IsNull: false } text && !TooLongToParse(text))
        {
            foreach (var message in SafeMarkdown.Refusals(text.Value))
            {
                problems.Error(text, message);
            }
        }
    }

    internal static void CheckPlain(YamlNode? node, ProblemList problems)
    {
        if (node is YamlScalar { IsNull: false } text && !TooLongToParse(text) && SafeMarkdown.MarkupRefusal(text.Value) is { } message)
        {
            problems.Error(text, message);
        }
    }
}
