using EigenPlan.Content.Problems;
using EigenPlan.Content.Schema;
using EigenPlan.Content.Yaml;

namespace EigenPlan.Content.Validation;

/// <summary>
/// Format checks a schema cannot express: every question role exactly once, sub-questions pointing at a main question,
/// and a complete smiley scale. Runs on the tree (not on records) to keep positions, and skips nodes of the wrong
/// type because the schema check has already reported those.
/// </summary>
internal static class FormatRules
{
    public static void Check(YamlMapping root, ProblemList problems)
    {
        if (root.Find(FormatKeys.Questions) is { Value: YamlSequence questions } questionsEntry)
        {
            CheckRoles(questionsEntry.Key, questions, problems);
            CheckParents(questions, problems);
        }

        if (root.Find(FormatKeys.Smileys) is { Value: YamlSequence smileys } smileysEntry)
        {
            CheckSmileys(smileysEntry.Key, smileys, problems);
        }
    }

    private static void CheckRoles(YamlScalar at, YamlSequence questions, ProblemList problems)
    {
        var seen = new Dictionary<string, YamlScalar>();
        foreach (var question in questions.Items.OfType<YamlMapping>())
        {
            if (question[FormatKeys.Question.Role] is YamlScalar role && ContentSchemas.QuestionRoles.Contains(role.Value) && !seen.TryAdd(role.Value, role))
            {
                problems.Error(role, $"De rol '{role.Value}' staat al bij een vraag op regel {seen[role.Value].Line}. Elke rol hoort bij precies één vraag.");
            }
        }

        foreach (var role in ContentSchemas.QuestionRoles)
        {
            if (!seen.ContainsKey(role))
            {
                problems.Error(at, $"Er is geen vraag met rol '{role}'. Elke rol ({string.Join(", ", ContentSchemas.QuestionRoles)}) hoort bij precies één vraag.");
            }
        }
    }

    private static void CheckParents(YamlSequence questions, ProblemList problems)
    {
        var byId = new Dictionary<string, YamlMapping>();
        foreach (var question in questions.Items.OfType<YamlMapping>())
        {
            if (question[FormatKeys.Question.Id] is YamlScalar { IsNull: false } id)
            {
                byId.TryAdd(id.Value, question);
            }
        }

        foreach (var question in questions.Items.OfType<YamlMapping>())
        {
            if (question[FormatKeys.Question.Parent] is not YamlScalar { IsNull: false } parent)
            {
                continue;
            }

            var ownId = (question[FormatKeys.Question.Id] as YamlScalar)?.Value;
            if (parent.Value == ownId)
            {
                problems.Error(parent, "Een vraag kan niet bij zichzelf horen.");
            }
            else if (!byId.TryGetValue(parent.Value, out var main))
            {
                problems.Error(parent, $"Er is geen vraag met id '{parent.Value}'.{Suggestions.DidYouMean(parent.Value, byId.Keys)}");
            }
            else if (main[FormatKeys.Question.Parent] is YamlScalar { IsNull: false })
            {
                problems.Error(parent, $"Vraag '{parent.Value}' is zelf een deelvraag. Een deelvraag hoort bij een hoofdvraag.");
            }
        }
    }

    private static void CheckSmileys(YamlScalar at, YamlSequence smileys, ProblemList problems)
    {
        var levels = new Dictionary<int, YamlNode>();
        YamlMapping? notApplicable = null;
        foreach (var smiley in smileys.Items.OfType<YamlMapping>())
        {
            var zrm = smiley[FormatKeys.Smiley.Zrm];
            if (zrm is null or YamlScalar { IsNull: true })
            {
                if (notApplicable is null)
                {
                    notApplicable = smiley;
                }
                else
                {
                    problems.Error(smiley, $"Er mag maar één smiley zonder zrm zijn ('Niet van toepassing'); er staat er al een op regel {notApplicable.Line}.");
                }
            }
            else if (zrm is YamlScalar { Value: var text } && int.TryParse(text, out var level) && level is >= 1 and <= 5
                && !levels.TryAdd(level, zrm))
            {
                problems.Error(zrm, $"ZRM-niveau {level} staat al bij een smiley op regel {levels[level].Line}. Elk niveau hoort bij precies één smiley.");
            }
        }

        for (var level = 1; level <= 5; level++)
        {
            if (!levels.ContainsKey(level))
            {
                problems.Error(at, $"Er is geen smiley met zrm {level}. De vijf gezichten hebben samen de niveaus 1 tot en met 5.");
            }
        }

        if (notApplicable is null)
        {
            problems.Error(at, "Er ontbreekt een smiley zonder zrm voor 'Niet van toepassing'.");
        }
    }
}
