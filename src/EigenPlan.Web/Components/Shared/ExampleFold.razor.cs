using EigenPlan.Core.Content;
using Microsoft.AspNetCore.Components;

namespace EigenPlan.Web.Components.Shared;

/// <summary>
/// The uitlegboekje next to one question of a topic page: folded by default behind "Bekijk een voorbeeld bij ‘…’"
/// (unique per question, so a screen reader's list of controls tells them apart). Inside: what the question is for and
/// one example resident's answer, with their name and who they are; a button shows the next resident's answer when the
/// topic has more. Renders nothing when the uitleg file has neither for this question. The example is never put into
/// the resident's answer: there is no copy button, and nothing here touches the plan.
/// </summary>
public partial class ExampleFold
{
    private int _index;

    /// <summary>The question the fold belongs to; its label names the fold.</summary>
    [Parameter, EditorRequired] public required Question Question { get; set; }

    /// <summary>The topic key (<c>house.topic</c>) whose examples to show.</summary>
    [Parameter, EditorRequired] public required string TopicKey { get; set; }

    /// <summary>The format's uitlegboekje, or null when there is none.</summary>
    [Parameter, EditorRequired] public required FormatExplanation? Uitleg { get; set; }

    /// <summary>Where the uitlegboekje PDF is, or null to leave the link out.</summary>
    [Parameter] public string? BookletLink { get; set; }

    private string FoldId => $"voorbeeld-{Question.Id}";

    /// <summary>
    /// The uitleg's language as a <c>lang</c> value when it is not the page's (a language without a usable translation
    /// gets the Dutch uitleg): then <i>Lees voor</i> and screen readers read it in the right voice. Null (no attribute)
    /// when it is the page's own language.
    /// </summary>
    private string? TextLanguage => ExampleLanguage.Of(Uitleg);

    /// <summary>What "Lees voor" reads: the explanation, then the example on show.</summary>
    private string ReadAloudTargets => string.Join(' ', new[]
    {
        Explanation is null ? null : $"{FoldId}-uitleg",
        Current is null ? null : $"{FoldId}-voorbeeld",
    }.OfType<string>());

    private string? Explanation => Uitleg?.ForQuestion(Question.Id) is { Length: > 0 } text ? text : null;

    private IReadOnlyList<ExampleAnswer> Examples => Uitleg?.ExamplesFor(TopicKey, Question.Id) ?? [];

    private ExampleAnswer? Current => Examples.Count == 0 ? null : Examples[_index % Examples.Count];

    private ExampleAnswer? Next => Examples.Count < 2 ? null : Examples[(_index + 1) % Examples.Count];

    private void ShowNext() => _index++;
}
