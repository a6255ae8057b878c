namespace EigenPlan.Core.Plans;

public sealed partial class PlanEditor
{
    /// <summary>
    /// <i>Opnieuw kijken hoe het gaat</i>: keeps the current round as an earlier one (<see cref="PlanContent.Rounds"/>)
    /// and starts a new round on <paramref name="today"/>.
    /// <para>
    /// What the resident then sees, chosen for "distance travelled": the <b>smileys start empty</b>, so each face is a fresh
    /// look at how it goes now, with the earlier face shown beside it as <i>toen</i> (<see cref="ThenAndNow"/>). The
    /// <b>written answers and house notes stay</b>, to read again and change: nobody wants to retype their situation, and
    /// what still holds can simply stay. Per topic "klaar", "overgeslagen" and "Hier wil ik over praten" are cleared (they
    /// were about the last conversation; the round keeps them), and so is the hand-in note (kept with its round). Chosen
    /// Sociale Kaart entries, the drawings and the name stay. The plan's date becomes <paramref name="today"/>.
    /// </para>
    /// Refused when nothing has been filled in yet (there is nothing to look back on), when the date lies before the last
    /// round, and after <see cref="PlanLimits.MaxRounds"/> rounds.
    /// </summary>
    public PlanEditResult StartNewRound(DateOnly today)
    {
        if (Plan.Rounds.Count >= PlanLimits.MaxRounds)
        {
            return PlanEditResult.Fail(PlanEditError.TooManyRounds,
                $"Je plan heeft al {PlanLimits.MaxRounds} rondes. Download je plan en begin een nieuw plan.");
        }
        if (Plan.Rounds.Count > 0 && today < Plan.Rounds[^1].ClosedOn)
        {
            return PlanEditResult.Fail(PlanEditError.InvalidDate, "Deze datum ligt voor de vorige ronde. Kijk of de datum klopt.");
        }
        var round = Freeze(Plan, today);
        if (round.Topics.Count == 0 && round.Houses.Count == 0)
        {
            return PlanEditResult.Fail(PlanEditError.NothingToKeep,
                "Je hebt nog niets ingevuld. Er is dus nog niets om later terug te zien. Je kunt gewoon beginnen.");
        }

        Plan.Rounds.Add(round);
        foreach (var answers in Plan.Topics.Values)
        {
            answers.SmileyId = null;
            answers.MarkedDone = false;
            answers.Skipped = false;
            answers.TalkAbout = false;
        }
        Plan.HandedIn = null;
        Plan.About.Date = today;
        return PlanEditResult.Ok;
    }

    /// <summary>A copy of what the current round holds, sharing nothing with the plan.</summary>
    private static PlanRound Freeze(PlanContent plan, DateOnly today)
    {
        var round = new PlanRound
        {
            Date = plan.About.Date ?? today,
            ClosedOn = today,
            HandedIn = plan.HandedIn is { } handedIn ? new HandInRecord { Date = handedIn.Date, To = handedIn.To } : null,
        };
        foreach (var (key, answers) in plan.Topics)
        {
            var texts = answers.Answers.Where(a => TopicRules.HasText(a.Value)).ToDictionary(a => a.Key, a => a.Value);
            if (answers.SmileyId is not null || texts.Count > 0 || answers.Skipped || answers.TalkAbout)
            {
                round.Topics[key] = new RoundTopic { SmileyId = answers.SmileyId, Answers = texts, Skipped = answers.Skipped, TalkAbout = answers.TalkAbout };
            }
        }
        foreach (var (id, notes) in plan.Houses)
        {
            if (TopicRules.HasText(notes.GoingWell) || TopicRules.HasText(notes.NotGoingWell) || TopicRules.HasText(notes.FreeText))
            {
                round.Houses[id] = new RoundHouse { GoingWell = notes.GoingWell, NotGoingWell = notes.NotGoingWell, FreeText = notes.FreeText };
            }
        }
        return round;
    }
}
