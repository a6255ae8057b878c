using EigenPlan.Content;
using EigenPlan.Core.Content;

namespace EigenPlan.Booklet.Model;

/// <summary>
/// Everything the uitlegboekje shows, already cleaned and ordered; no layout. It explains each part of the booklet with
/// the worked examples of fictional residents (<see cref="FormatExplanation"/>). <see cref="Booklet"/> is the blank
/// booklet of the same format and municipality: its houses, topics, questions, faces and help contacts, laid out in
/// the same style. Build it with <see cref="Create"/>.
/// </summary>
public sealed record ExplanationBookletModel
{
    /// <summary>The blank booklet the uitlegboekje explains, titled "Uitlegboekje bij Mijn Eigen Plan – Almere".</summary>
    public required BookletModel Booklet { get; init; }

    /// <summary>The opening, from Markdown.</summary>
    public required IReadOnlyList<PlainBlock> Intro { get; init; }

    /// <summary>What the houses page is and how to fill it in, from Markdown.</summary>
    public required IReadOnlyList<PlainBlock> HousesText { get; init; }

    /// <summary>Per question id: what the question is for, from Markdown; a question without explanation is missing.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<PlainBlock>> Questions { get; init; }

    /// <summary>The fictional residents, in the order of the file.</summary>
    public required IReadOnlyList<BookletExample> Examples { get; init; }

    public string Title => Booklet.Title;

    /// <summary>The examples with worked answers for a topic (<c>house.topic</c>), in file order.</summary>
    public IReadOnlyList<BookletExample> ExamplesFor(string topicKey) => [.. Examples.Where(e => e.WroteAbout.Contains(topicKey))];

    public static ExplanationBookletModel Create(Format format, Municipality municipality, FormatExplanation explanation, BookletOptions? options = null) =>
        ExplanationBookletFactory.Create(format, municipality, explanation, options);
}

/// <summary>
/// A fictional resident as a filled booklet: their houses with faces and notes (<see cref="Houses"/>), and the topics
/// they wrote about (<see cref="WroteAbout"/>), whose answers are in the houses' topics.
/// </summary>
public sealed record BookletExample(string Id, string Name, string About, IReadOnlyList<BookletHouse> Houses, IReadOnlySet<string> WroteAbout)
{
    /// <summary>The example's page for a topic, with their face and answers.</summary>
    public BookletTopic? Topic(string topicKey) => Houses.SelectMany(h => h.Topics).FirstOrDefault(t => t.Key == topicKey);
}
