using EigenPlan.Core.Content;

namespace EigenPlan.Core.Plans;

public static partial class PlanExportValidator
{
    /// <summary>
    /// Earlier rounds are never edited, so they are checked directly rather than replayed: ids the format does not know
    /// are left out with a warning, as in the current round; text over the limit, a bad date or too many rounds are
    /// errors, because dropping them would lose the resident's history.
    /// </summary>
    private static List<PlanRound> ValidateRounds(List<PlanRound> rounds, Format format, List<string> errors, List<string> warnings)
    {
        if (rounds.Count > PlanLimits.MaxRounds)
        {
            errors.Add($"rondes: dit plan heeft {rounds.Count} rondes; er passen er {PlanLimits.MaxRounds} in.");
            return [];
        }
        var clean = new List<PlanRound>();
        for (var i = 0; i < rounds.Count; i++)
        {
            clean.Add(ValidateRound(rounds[i], $"rondes.{i + 1}", format, errors, warnings));
        }
        return [.. clean.OrderBy(r => r.ClosedOn)];
    }

    private static PlanRound ValidateRound(PlanRound source, string path, Format format, List<string> errors, List<string> warnings)
    {
        if (source.Date < PlanLimits.EarliestDate || source.ClosedOn < PlanLimits.EarliestDate)
        {
            errors.Add($"{path}.datum: deze datum klopt niet.");
        }
        var round = new PlanRound { Date = source.Date, ClosedOn = source.ClosedOn };
        if (source.HandedIn is { } handedIn)
        {
            round.HandedIn = new HandInRecord { Date = handedIn.Date, To = Line(handedIn.To, $"{path}.ingeleverd.aan", errors) };
        }
        foreach (var (key, topic) in source.Topics)
        {
            if (format.FindTopic(key) is null)
            {
                warnings.Add($"{path}.onderwerpen.{key}: dit onderwerp bestaat niet in formaat '{format.Id}'. Weggelaten.");
                continue;
            }
            var smiley = topic.SmileyId;
            if (smiley is not null && format.FindSmiley(smiley) is null)
            {
                warnings.Add($"{path}.onderwerpen.{key}.smiley: deze keuze bestaat niet. Weggelaten.");
                smiley = null;
            }
            var answers = new Dictionary<string, string>();
            foreach (var (questionId, text) in topic.Answers)
            {
                if (format.FindQuestion(questionId) is null)
                {
                    warnings.Add($"{path}.onderwerpen.{key}.antwoorden.{questionId}: deze vraag bestaat niet. Weggelaten.");
                }
                else if (Text(text, $"{path}.onderwerpen.{key}.antwoorden.{questionId}", errors) is { Length: > 0 } clean)
                {
                    answers[questionId] = clean;
                }
            }
            round.Topics[key] = new RoundTopic { SmileyId = smiley, Answers = answers, Skipped = topic.Skipped, TalkAbout = topic.TalkAbout };
        }
        foreach (var (id, house) in source.Houses)
        {
            if (format.FindHouse(id) is null)
            {
                warnings.Add($"{path}.huizen.{id}: dit huisje bestaat niet in formaat '{format.Id}'. Weggelaten.");
                continue;
            }
            round.Houses[id] = new RoundHouse
            {
                GoingWell = Text(house.GoingWell, $"{path}.huizen.{id}.gaat_goed", errors),
                NotGoingWell = Text(house.NotGoingWell, $"{path}.huizen.{id}.gaat_niet_goed", errors),
                FreeText = Text(house.FreeText, $"{path}.huizen.{id}.vrije_ruimte", errors),
            };
        }
        return round;
    }

    private static string Text(string? text, string path, List<string> errors)
    {
        var clean = PlanText.Clean(text);
        if (clean.Length > PlanLimits.MaxTextLength)
        {
            errors.Add($"{path}: deze tekst is te lang ({PlanText.Number(clean.Length)} tekens; er passen er {PlanText.Number(PlanLimits.MaxTextLength)} in).");
        }
        return clean;
    }

    private static string? Line(string? text, string path, List<string> errors)
    {
        var clean = PlanText.CleanLine(text);
        if (clean.Length > PlanLimits.MaxNameLength)
        {
            errors.Add($"{path}: deze tekst is te lang ({PlanText.Number(clean.Length)} tekens; er passen er {PlanLimits.MaxNameLength} in).");
        }
        return clean.Length == 0 ? null : clean;
    }
}
