using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Web.State.Together;

/// <summary>
/// The choices on the "maak er een gezamenlijk plan van" page: the toekomstbeeld, which wishes become goals (reworded,
/// in the resident's order) and who takes part. Turns them into a <see cref="SharedPlanDraft"/>; the Core decides.
/// </summary>
public sealed class BuildForm
{
    public string Vision { get; set; } = "";

    /// <summary>Goal candidates in the order the resident put them; only <see cref="GoalChoice.Chosen"/> ones become goals.</summary>
    public List<GoalChoice> Goals { get; } = [];

    public List<PersonChoice> People { get; } = [];

    public static BuildForm From(SharedPlanSuggestions suggestions)
    {
        ArgumentNullException.ThrowIfNull(suggestions);
        var form = new BuildForm();
        form.Goals.AddRange(suggestions.Goals.Select(g => new GoalChoice(g.TopicKey, g.TopicTitle) { Text = g.Wish }));
        form.People.AddRange(suggestions.Participants.Select(p => new PersonChoice(p)));
        return form;
    }

    public IEnumerable<GoalChoice> ChosenGoals => Goals.Where(g => g.Chosen);

    /// <summary>Moves a chosen goal one place up or down among the chosen goals (the resident decides what comes first).</summary>
    public void Move(GoalChoice goal, int steps)
    {
        var chosen = ChosenGoals.ToList();
        var target = chosen.IndexOf(goal) + steps;
        if (target < 0 || target >= chosen.Count)
        {
            return;
        }
        var other = chosen[target];
        var (a, b) = (Goals.IndexOf(goal), Goals.IndexOf(other));
        (Goals[a], Goals[b]) = (Goals[b], Goals[a]);
    }

    /// <summary>Adds a goal of the resident's own, not from a wish; <paramref name="title"/> names it in the page's language.</summary>
    public void AddOwnGoal(string text, string title = "Eigen doel") => Goals.Add(new GoalChoice(null, title) { Text = text, Chosen = true });

    public void AddPerson(string name, ParticipantKind kind, string role, string? organisation) =>
        People.Add(new PersonChoice(new ParticipantSuggestion(name.Trim(), kind, role.Trim(), string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim())) { Chosen = true });

    public SharedPlanDraft ToDraft(string planId, string formatId, string? ownerName) => new(
        planId, formatId, ownerName, Vision,
        ChosenGoals.Select(g => new GoalDraft(g.Text, g.TopicKey)).ToList(),
        People.Where(p => p.Chosen).Select(p => p.Suggestion).ToList());
}

/// <summary>A wish that may become a goal; <see cref="Text"/> is the resident's wording.</summary>
public sealed class GoalChoice(string? topicKey, string title)
{
    public string? TopicKey { get; } = topicKey;
    public string Title { get; } = title;
    public string Text { get; set; } = "";
    public bool Chosen { get; set; }
    public string FieldId { get; } = "doel-" + Guid.NewGuid().ToString("N")[..8];
}

/// <summary>Someone who could take part, and whether the resident chose them.</summary>
public sealed class PersonChoice(ParticipantSuggestion suggestion)
{
    public ParticipantSuggestion Suggestion { get; } = suggestion;
    public bool Chosen { get; set; }
    public string FieldId { get; } = "persoon-" + Guid.NewGuid().ToString("N")[..8];
}
