using EigenPlan.Core.Content;
using EigenPlan.Core.Plans;

namespace EigenPlan.Core.SharedPlans;

/// <summary>
/// What the Eigen Plan answers suggest for a shared plan: a toekomstbeeld (the "Wat wil ik?" answers), goal candidates,
/// action ideas per topic ("Hoe wil ik dit bereiken?", "Wat heb ik nog nodig?", chosen Sociale Kaart tips) and people
/// (those named under "Wie uit mijn omgeving…", the OCO, the wijkteam). Suggestions only: nothing is chosen for the resident.
/// </summary>
public sealed record SharedPlanSuggestions(
    IReadOnlyList<string> VisionSuggestions,
    IReadOnlyList<GoalCandidate> Goals,
    IReadOnlyList<ParticipantSuggestion> Participants)
{
    /// <summary>Builds the suggestions from a plan, in booklet order of the topics.</summary>
    public static SharedPlanSuggestions From(PlanContent plan, Format format, Municipality municipality)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(municipality);
        var goals = new List<GoalCandidate>();
        var people = new List<ParticipantSuggestion>();
        foreach (var topic in format.Topics)
        {
            if (plan.Topics.GetValueOrDefault(topic.Key) is not { } answers)
            {
                continue;
            }
            string[] Texts(QuestionRole role) => format.Questions.Where(q => q.Role == role)
                .Select(q => answers.Answer(q.Id).Trim()).Where(TopicRules.HasText).ToArray();
            foreach (var name in Texts(QuestionRole.Network).SelectMany(SplitNames))
            {
                if (!people.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
                {
                    people.Add(new ParticipantSuggestion(name, ParticipantKind.Network, "iemand uit mijn omgeving", null));
                }
            }
            var wishes = Texts(QuestionRole.Wish);
            if (wishes.Length == 0)
            {
                continue;
            }
            var actions = Texts(QuestionRole.Approach).Concat(Texts(QuestionRole.Need)).SelectMany(SplitLines)
                .Select(text => new ActionSuggestion(text, null))
                .Concat(answers.ChosenEntries.Distinct(StringComparer.Ordinal)
                    .Select(municipality.FindEntry).OfType<SocialMapEntry>()
                    .Select(e => new ActionSuggestion($"Contact opnemen met {e.Name}", ContactOf(e))))
                .ToList();
            goals.Add(new GoalCandidate(topic.Key, topic.Title, string.Join(" ", wishes), actions));
        }
        var oco = plan.About.FilledInBy == FilledInBy.ClientSupporter && TopicRules.HasText(plan.About.HelperName)
            ? new ParticipantSuggestion(plan.About.HelperName!.Trim(), ParticipantKind.ClientSupporter, "cliëntondersteuner", municipality.ClientSupport.Name)
            : new ParticipantSuggestion(municipality.ClientSupport.Name, ParticipantKind.ClientSupporter, "cliëntondersteuner", null);
        people.Add(oco);
        people.Add(new ParticipantSuggestion(municipality.Wijkteam.Name, ParticipantKind.Wijkteam, "wijkteam", null));
        return new SharedPlanSuggestions(goals.Select(g => g.Wish).ToList(), goals, people);
    }

    /// <summary>The Sociale Kaart contact copied into an action.</summary>
    public static ActionContact ContactOf(SocialMapEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new ActionContact
        {
            EntryId = entry.Id,
            Name = entry.Organisation is { } organisation && organisation != entry.Name ? $"{entry.Name} ({organisation})" : entry.Name,
            Phone = entry.Contact.Phone,
            Email = entry.Contact.Email,
            Website = entry.Contact.Website,
        };
    }

    /// <summary>"Mijn zus Fatima, buurman Kees en Joost" → three names; short lines only, a long story is no name.</summary>
    internal static IEnumerable<string> SplitNames(string text) =>
        text.Split(['\n', ',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(part => part.Split(" en ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(part => part.TrimEnd('.', '!', '?').Trim())
            .Where(part => part.Length is > 0 and <= 60);

    private static IEnumerable<string> SplitLines(string text) =>
        text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.TrimStart('-', '*', '•', ' '))
            .Where(line => line.Length is > 0 and <= SharedPlanLimits.MaxActionLength);
}

/// <summary>A "Wat wil ik?" answer that can become a goal, with ideas for its actions.</summary>
public sealed record GoalCandidate(string TopicKey, string TopicTitle, string Wish, IReadOnlyList<ActionSuggestion> Actions);

/// <summary>An idea for an action; <see cref="Contact"/> is set when it came from a Sociale Kaart tip.</summary>
public sealed record ActionSuggestion(string What, ActionContact? Contact);

/// <summary>Someone who could take part.</summary>
public sealed record ParticipantSuggestion(string Name, ParticipantKind Kind, string Role, string? Organisation);
