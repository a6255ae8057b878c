using EigenPlan.Core.Languages;

namespace EigenPlan.Core.Content;

/// <summary>
/// The uitlegboekje of a format (<c>content/uitleg/&lt;format&gt;.yaml</c>): what each part of the plan is for, and worked
/// examples from fictional residents. Examples are shown on request ("Bekijk een voorbeeld") and never put into a
/// resident's own answers. The explanation texts are Markdown (render them with the content project's
/// <c>SafeMarkdown</c>); the residents' texts are plain text (keep line breaks, encode, no Markdown).
/// </summary>
public sealed record FormatExplanation
{
    /// <summary>The format this explains; every id below is an id of that format.</summary>
    public required string FormatId { get; init; }

    /// <summary>
    /// The language of the texts: Dutch for <c>content/uitleg/&lt;format&gt;.yaml</c>, another language for a
    /// translation (<c>&lt;format&gt;.&lt;taal&gt;.yaml</c>), in which a text not translated yet stays Dutch.
    /// </summary>
    public PlanLanguage Language { get; init; } = PlanLanguage.Dutch;

    /// <summary>For a translation: whether a native speaker checked it, and the note. Null for Dutch.</summary>
    public FormatTranslation? Translation { get; init; }

    /// <summary>The opening of the uitlegboekje (Markdown).</summary>
    public required string Intro { get; init; }

    /// <summary>What the houses page is and how to fill it in (Markdown).</summary>
    public required string HousesText { get; init; }

    /// <summary>Per question id: what the question is for (Markdown). A question may have none.</summary>
    public required IReadOnlyDictionary<string, string> Questions { get; init; }

    /// <summary>The fictional residents, in the order of the file.</summary>
    public required IReadOnlyList<ExampleResident> Residents { get; init; }

    /// <summary>The explanation of one question (Markdown), or null.</summary>
    public string? ForQuestion(string questionId) => Questions.GetValueOrDefault(questionId);

    /// <summary>Every example answer to one question of one topic, resident by resident in file order.</summary>
    public IReadOnlyList<ExampleAnswer> ExamplesFor(string topicKey, string questionId) =>
        [.. Residents.Select(r => (Resident: r, Text: r.Answer(topicKey, questionId)))
            .Where(x => x.Text is not null)
            .Select(x => new ExampleAnswer(x.Resident, x.Text!))];

    /// <summary>The residents with worked answers for this topic (<c>house.topic</c>).</summary>
    public IReadOnlyList<ExampleResident> ResidentsFor(string topicKey) =>
        [.. Residents.Where(r => r.Topics.ContainsKey(topicKey))];
}

/// <summary>
/// A fictional resident of the uitlegboekje, with their houses page (notes and smileys) and, for the topics they
/// touch, an answer per question. Look things up by the format's ids and walk the format for the order.
/// </summary>
public sealed record ExampleResident
{
    public required string Id { get; init; }

    /// <summary>First name, e.g. "Sanne".</summary>
    public required string Name { get; init; }

    /// <summary>Who they are, in one or two plain sentences.</summary>
    public required string About { get; init; }

    /// <summary>Per house id: what goes well and what does not.</summary>
    public required IReadOnlyDictionary<string, ExampleHouseNotes> Houses { get; init; }

    /// <summary>Per topic key (<c>house.topic</c>): the smiley id they chose.</summary>
    public required IReadOnlyDictionary<string, string> Smileys { get; init; }

    /// <summary>Per topic key: per question id, their answer.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Topics { get; init; }

    public ExampleHouseNotes? HouseNotes(string houseId) => Houses.GetValueOrDefault(houseId);

    public string? SmileyFor(string topicKey) => Smileys.GetValueOrDefault(topicKey);

    public string? Answer(string topicKey, string questionId) =>
        Topics.TryGetValue(topicKey, out var answers) ? answers.GetValueOrDefault(questionId) : null;
}

/// <summary>An example resident's notes on one house; either may be missing.</summary>
public sealed record ExampleHouseNotes(string? GoingWell, string? NotGoingWell);

/// <summary>One example answer, with the resident who wrote it.</summary>
public sealed record ExampleAnswer(ExampleResident Resident, string Text);
