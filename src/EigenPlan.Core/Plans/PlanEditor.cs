using EigenPlan.Core.Content;

namespace EigenPlan.Core.Plans;

/// <summary>
/// The only way the web layer changes a plan. Every id comes from the browser and may be forged, so each is checked
/// against the format and the municipality; a refusal is a <see cref="PlanEditResult"/> with a Dutch message, never an
/// exception, and leaves the plan unchanged. Text is cleaned (<see cref="PlanText.Clean"/>) and never cut off silently.
/// </summary>
public sealed partial class PlanEditor
{
    private readonly Format _format;
    private readonly Municipality _municipality;

    public PlanEditor(PlanContent plan, Format format, Municipality municipality)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(municipality);
        if (plan.FormatId != format.Id || municipality.FormatId != format.Id)
        {
            throw new ArgumentException($"Plan format '{plan.FormatId}', municipality format '{municipality.FormatId}' and format '{format.Id}' differ.");
        }
        Plan = plan;
        _format = format;
        _municipality = municipality;
    }

    public PlanContent Plan { get; }

    /// <summary>Chooses a smiley (null clears it). Choosing one un-skips the topic: the resident is working on it.</summary>
    public PlanEditResult SetSmiley(string topicKey, string? smileyId)
    {
        if (!TryTopic(topicKey, out var answers, out var refusal))
        {
            return refusal;
        }
        if (smileyId is not null && _format.FindSmiley(smileyId) is null)
        {
            return PlanEditResult.Fail(PlanEditError.UnknownSmiley, "Deze keuze bestaat niet. Kies een van de gezichtjes.");
        }
        answers.SmileyId = smileyId;
        if (smileyId is not null)
        {
            answers.Skipped = false;
        }
        return PlanEditResult.Ok;
    }

    /// <summary>Sets the answer to one question; empty text removes it. Writing something un-skips the topic.</summary>
    public PlanEditResult SetAnswer(string topicKey, string questionId, string? text)
    {
        if (!TryTopic(topicKey, out var answers, out var refusal))
        {
            return refusal;
        }
        if (questionId is null || _format.FindQuestion(questionId) is null)
        {
            return PlanEditResult.Fail(PlanEditError.UnknownQuestion, "Deze vraag bestaat niet.");
        }
        if (!TryCleanText(text, out var clean, out refusal))
        {
            return refusal;
        }
        if (clean.Length == 0)
        {
            answers.Answers.Remove(questionId);
            return PlanEditResult.Ok;
        }
        answers.Answers[questionId] = clean;
        if (TopicRules.HasText(clean))
        {
            answers.Skipped = false;
        }
        return PlanEditResult.Ok;
    }

    /// <summary>
    /// Adds or removes a Sociale Kaart entry ("Dit wil ik proberen"). Adding needs an entry of this municipality for this
    /// topic and room under <see cref="PlanLimits.MaxChosenEntriesPerTopic"/>; removing always works, also for an entry
    /// that has left the map since.
    /// </summary>
    public PlanEditResult SetEntryChosen(string topicKey, string entryId, bool chosen)
    {
        if (!TryTopic(topicKey, out var answers, out var refusal))
        {
            return refusal;
        }
        if (!chosen)
        {
            answers.ChosenEntries.RemoveAll(id => id == entryId);
            return PlanEditResult.Ok;
        }
        if (answers.ChosenEntries.Contains(entryId))
        {
            return PlanEditResult.Ok;
        }
        if (entryId is null || !_municipality.EntriesFor(topicKey).Any(e => e.Id == entryId))
        {
            return PlanEditResult.Fail(PlanEditError.UnknownEntry, "Deze hulp staat niet op de Sociale Kaart bij dit onderwerp.");
        }
        if (answers.ChosenEntries.Count >= PlanLimits.MaxChosenEntriesPerTopic)
        {
            return PlanEditResult.Fail(PlanEditError.TooManyEntries,
                $"Je hebt al {PlanLimits.MaxChosenEntriesPerTopic} keuzes bij dit onderwerp. Haal er eerst een weg.");
        }
        answers.ChosenEntries.Add(entryId);
        answers.Skipped = false;
        return PlanEditResult.Ok;
    }

    /// <summary>Flips one entry: chosen becomes not chosen and back.</summary>
    public PlanEditResult ToggleEntry(string topicKey, string entryId) =>
        SetEntryChosen(topicKey, entryId, !(Plan.Topics.GetValueOrDefault(topicKey)?.ChosenEntries.Contains(entryId) ?? false));

    /// <summary>Skips a topic for now (or undoes that). Skipping clears "klaar"; what was written is kept.</summary>
    public PlanEditResult SetSkipped(string topicKey, bool skipped)
    {
        if (!TryTopic(topicKey, out var answers, out var refusal))
        {
            return refusal;
        }
        answers.Skipped = skipped;
        if (skipped)
        {
            answers.MarkedDone = false;
        }
        return PlanEditResult.Ok;
    }

    /// <summary>The resident says they are done with a topic (or not). Marking done clears "overgeslagen".</summary>
    public PlanEditResult SetDone(string topicKey, bool done)
    {
        if (!TryTopic(topicKey, out var answers, out var refusal))
        {
            return refusal;
        }
        answers.MarkedDone = done;
        if (done)
        {
            answers.Skipped = false;
        }
        return PlanEditResult.Ok;
    }

    private bool TryTopic(string topicKey, out TopicAnswers answers, out PlanEditResult refusal)
    {
        answers = null!;
        refusal = PlanEditResult.Ok;
        if (topicKey is null || _format.FindTopic(topicKey) is null)
        {
            refusal = PlanEditResult.Fail(PlanEditError.UnknownTopic, "Dit onderwerp bestaat niet. Ga terug naar het overzicht.");
            return false;
        }
        answers = Plan.Topic(topicKey);
        return true;
    }

    private static bool TryCleanText(string? text, out string clean, out PlanEditResult refusal)
    {
        clean = PlanText.Clean(text);
        refusal = PlanEditResult.Ok;
        if (clean.Length <= PlanLimits.MaxTextLength)
        {
            return true;
        }
        refusal = PlanEditResult.Fail(PlanEditError.TextTooLong,
            $"Deze tekst is te lang. Er passen {PlanText.Number(PlanLimits.MaxTextLength)} tekens in, "
            + $"je tekst heeft er {PlanText.Number(clean.Length)}. Maak hem wat korter. Er is niets weggehaald.");
        return false;
    }
}
