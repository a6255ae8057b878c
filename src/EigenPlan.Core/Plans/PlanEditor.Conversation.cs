namespace EigenPlan.Core.Plans;

public sealed partial class PlanEditor
{
    /// <summary>
    /// "Hier wil ik over praten" on or off. Only a wish for the conversation: it does not un-skip a topic or change its
    /// state, so a skipped topic can be one the resident wants to talk about.
    /// </summary>
    public PlanEditResult SetTalkAbout(string topicKey, bool talkAbout)
    {
        if (!TryTopic(topicKey, out var answers, out var refusal))
        {
            return refusal;
        }
        answers.TalkAbout = talkAbout;
        return PlanEditResult.Ok;
    }

    /// <summary>
    /// Notes that the plan was handed in: the date (not after <paramref name="today"/> + 1 day, which allows for time
    /// zones; not before <see cref="PlanLimits.EarliestDate"/>) and optionally to whom (one line, at most
    /// <see cref="PlanLimits.MaxNameLength"/> characters). A null date with no text clears the note.
    /// </summary>
    public PlanEditResult SetHandedIn(DateOnly? date, string? to, DateOnly today)
    {
        var cleanTo = PlanText.CleanLine(to);
        if (date is null)
        {
            if (cleanTo.Length > 0)
            {
                return PlanEditResult.Fail(PlanEditError.InvalidDate, "Vul de datum in waarop je het plan hebt ingeleverd.");
            }
            Plan.HandedIn = null;
            return PlanEditResult.Ok;
        }
        if (CheckDate(date.Value, today) is { } refusal)
        {
            return refusal;
        }
        if (cleanTo.Length > PlanLimits.MaxNameLength)
        {
            return PlanEditResult.Fail(PlanEditError.InvalidName,
                $"Deze tekst is te lang. Er passen {PlanLimits.MaxNameLength} tekens in, je tekst heeft er {PlanText.Number(cleanTo.Length)}.");
        }
        Plan.HandedIn = new HandInRecord { Date = date.Value, To = cleanTo.Length == 0 ? null : cleanTo };
        return PlanEditResult.Ok;
    }

    /// <summary>A date a resident typed for something that has happened: not in the future, not a typo from long ago.</summary>
    private static PlanEditResult? CheckDate(DateOnly date, DateOnly today)
    {
        if (date > today.AddDays(1))
        {
            return PlanEditResult.Fail(PlanEditError.InvalidDate, "Deze datum ligt in de toekomst. Vul de dag in waarop het is gebeurd.");
        }
        if (date < PlanLimits.EarliestDate)
        {
            return PlanEditResult.Fail(PlanEditError.InvalidDate, "Deze datum klopt niet. Kijk of het jaartal goed is.");
        }
        return null;
    }
}
