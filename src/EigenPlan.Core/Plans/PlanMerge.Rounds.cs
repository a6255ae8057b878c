using System.Text;

namespace EigenPlan.Core.Plans;

public static partial class PlanMerge
{
    /// <summary>
    /// The hand-in note: its date as a single value, to whom as a text (both kept when both typed). When one side cleared
    /// the note while the other wrote to whom, the note stays with the writer's date, so those words are not lost.
    /// </summary>
    private static HandInRecord? MergeHandedIn(HandInRecord? b, HandInRecord? m, HandInRecord? t, List<MergeConflict> conflicts)
    {
        var place = new MergePlace(MergeArea.HandIn, null, null);
        var date = Value(b?.Date, m?.Date, t?.Date, place with { Field = "datum" }, conflicts);
        var to = OptionalText(b?.To, m?.To, t?.To, place with { Field = "aan" }, conflicts);
        if (string.IsNullOrEmpty(to))
        {
            to = null;
        }
        date ??= to is null ? null : m?.Date ?? t?.Date;
        return date is { } day ? new HandInRecord { Date = day, To = to } : null;
    }

    /// <summary>
    /// Every earlier round either side has, once (identical rounds, such as the same round started on two devices from
    /// the same plan, count once), ordered by the day they were closed; mine first on the same day.
    /// </summary>
    private static List<PlanRound> MergeRounds(List<PlanRound> mine, List<PlanRound> theirs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return mine.Concat(theirs)
            .Where(round => seen.Add(RoundKey(round)))
            .OrderBy(round => round.ClosedOn)
            .Select(Copy)
            .ToList();
    }

    private static PlanRound Copy(PlanRound round) => new()
    {
        Date = round.Date,
        ClosedOn = round.ClosedOn,
        HandedIn = round.HandedIn is { } h ? new HandInRecord { Date = h.Date, To = h.To } : null,
        Topics = round.Topics.ToDictionary(t => t.Key, t => new RoundTopic
        {
            SmileyId = t.Value.SmileyId,
            Answers = new Dictionary<string, string>(t.Value.Answers),
            Skipped = t.Value.Skipped,
            TalkAbout = t.Value.TalkAbout,
        }),
        Houses = round.Houses.ToDictionary(h => h.Key, h => new RoundHouse
        {
            GoingWell = h.Value.GoingWell,
            NotGoingWell = h.Value.NotGoingWell,
            FreeText = h.Value.FreeText,
        }),
    };

    /// <summary>Everything a round holds, in a fixed order, so equal rounds give equal keys whatever their dictionaries' order.</summary>
    private static string RoundKey(PlanRound round)
    {
        var key = new StringBuilder();
        void Part(string? value) => key.Append(value?.Length ?? -1).Append(':').Append(value).Append('|');
        Part(round.Date.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        Part(round.ClosedOn.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        Part(round.HandedIn?.Date.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        Part(round.HandedIn?.To);
        foreach (var (topicKey, topic) in round.Topics.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            Part(topicKey);
            Part(topic.SmileyId);
            Part($"{topic.Skipped}{topic.TalkAbout}");
            foreach (var (question, text) in topic.Answers.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                Part(question);
                Part(text);
            }
        }
        foreach (var (houseId, house) in round.Houses.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            Part(houseId);
            Part(house.GoingWell);
            Part(house.NotGoingWell);
            Part(house.FreeText);
        }
        return key.ToString();
    }
}
