using EigenPlan.Core.Content;

namespace EigenPlan.Core.Plans;

/// <summary>What counts as skipped, done, busy or not started. Text that is only spaces counts as empty.</summary>
public static class TopicRules
{
    /// <summary>
    /// The state of one topic, checked in this order:
    /// <list type="number">
    /// <item><b>Skipped</b> — the resident chose "overslaan".</item>
    /// <item><b>Done</b> — the resident said they are done (<see cref="TopicAnswers.MarkedDone"/>).</item>
    /// <item><b>Skipped</b> — the smiley is "Niet van toepassing" and nothing is written or chosen.</item>
    /// <item><b>Done</b> — a smiley is chosen and every main question (one without a parent) has text.
    /// Sub-questions never hold a topic back: they are an invitation.</item>
    /// <item><b>InProgress</b> — anything is filled: a smiley, any answer, or a chosen Sociale Kaart entry.</item>
    /// <item><b>NotStarted</b> — otherwise.</item>
    /// </list>
    /// Answers to question ids the format does not know are ignored.
    /// </summary>
    public static TopicState StateOf(TopicAnswers? answers, Format format)
    {
        ArgumentNullException.ThrowIfNull(format);
        if (answers is null)
        {
            return TopicState.NotStarted;
        }
        if (answers.Skipped)
        {
            return TopicState.Skipped;
        }
        if (answers.MarkedDone)
        {
            return TopicState.Done;
        }
        var smiley = answers.SmileyId is null ? null : format.FindSmiley(answers.SmileyId);
        var anyAnswer = format.Questions.Any(q => HasText(answers.Answer(q.Id)));
        var anyEntry = answers.ChosenEntries.Count > 0;
        if (smiley is { IsNotApplicable: true } && !anyAnswer && !anyEntry)
        {
            return TopicState.Skipped;
        }
        var mainQuestionsAnswered = format.Questions.Where(q => q.ParentId is null).All(q => HasText(answers.Answer(q.Id)));
        if (smiley is not null && mainQuestionsAnswered)
        {
            return TopicState.Done;
        }
        return smiley is not null || anyAnswer || anyEntry ? TopicState.InProgress : TopicState.NotStarted;
    }

    /// <summary>True when the text has at least one character that is not white space.</summary>
    public static bool HasText(string? text) => !string.IsNullOrWhiteSpace(text);
}
