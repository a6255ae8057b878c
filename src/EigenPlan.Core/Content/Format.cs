using EigenPlan.Core.Languages;

namespace EigenPlan.Core.Content;

/// <summary>An Eigen Plan format: the houses with their topics, the questions asked per topic and the smiley scale.</summary>
public sealed record Format
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required IReadOnlyList<House> Houses { get; init; }
    public required IReadOnlyList<Question> Questions { get; init; }
    public required IReadOnlyList<Smiley> Smileys { get; init; }

    /// <summary>
    /// The language of the words in this instance. Ids, colours and icons never change between languages: a
    /// translation is the Dutch source with its words replaced (see <c>content/formats/&lt;id&gt;.&lt;taal&gt;.yaml</c>).
    /// </summary>
    public PlanLanguage Language { get; init; } = PlanLanguage.Dutch;

    /// <summary>Null on the Dutch source; on a translation, whether it has been checked and the file's note.</summary>
    public FormatTranslation? Translation { get; init; }

    /// <summary>
    /// False while a translation still has to be checked by a native speaker (pages then say "nog te controleren");
    /// true for Dutch, which is the source and has nothing to check.
    /// </summary>
    public bool TranslationChecked => Translation?.Checked ?? true;

    /// <summary>All topics in booklet order, house by house.</summary>
    public IEnumerable<Topic> Topics => Houses.SelectMany(h => h.Topics);

    /// <summary>Finds a topic by its <c>house.topic</c> key; null for an unknown (or forged) key.</summary>
    public Topic? FindTopic(string key) => Topics.FirstOrDefault(t => t.Key == key);

    public House? FindHouse(string id) => Houses.FirstOrDefault(h => h.Id == id);

    public Smiley? FindSmiley(string id) => Smileys.FirstOrDefault(s => s.Id == id);

    public Question? FindQuestion(string id) => Questions.FirstOrDefault(q => q.Id == id);
}

/// <summary>A life domain drawn as a little house, with two or three topic columns.</summary>
public sealed record House
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>Colour as <c>#RRGGBB</c>; white text on it passes WCAG AA (checked by the validator).</summary>
    public required string Color { get; init; }
    public required HouseIcon Icon { get; init; }
    public required string Intro { get; init; }
    public required IReadOnlyList<Topic> Topics { get; init; }
}

/// <summary>The pictures a house can carry; drawn as vector paths by the web app and the booklet.</summary>
public enum HouseIcon
{
    Geld,
    Huis,
    Pleister,
    Klok,
    Mensen,
    Hand,
}

/// <summary>One topic column of a house; one page in the booklet.</summary>
public sealed record Topic
{
    /// <summary>The topic's own id, unique within its house.</summary>
    public required string Id { get; init; }
    public required string HouseId { get; init; }
    public required string Title { get; init; }
    /// <summary>The essence of the topic in one line.</summary>
    public required string Essence { get; init; }
    /// <summary>Helpende suggesties: an invitation, never a requirement.</summary>
    public required IReadOnlyList<string> Suggestions { get; init; }
    /// <summary>Verdiepende vragen: conversation prompts for a supporter only.</summary>
    public required IReadOnlyList<string> DeepeningQuestions { get; init; }
    /// <summary>The Zelfredzaamheid-Matrix domains this topic maps to.</summary>
    public required IReadOnlyList<string> ZrmDomains { get; init; }

    /// <summary>The global key <c>house.topic</c>, used by Sociale Kaart entries and plans.</summary>
    public string Key => $"{HouseId}.{Id}";
}

/// <summary>A question asked on every topic page. A sub-question belongs to a parent (e.g. "Hoe wil ik dit bereiken?" under "Wat wil ik?").</summary>
public sealed record Question
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    public required string Hint { get; init; }
    public string? ParentId { get; init; }
    /// <summary>What the question is for, so rules do not depend on ids a municipality may rename.</summary>
    public required QuestionRole Role { get; init; }
}

/// <summary>The part of the plan a question fills.</summary>
public enum QuestionRole
{
    /// <summary>Hoe gaat het nu?</summary>
    Current,
    /// <summary>Wat wil ik?</summary>
    Wish,
    /// <summary>Hoe wil ik dit bereiken?</summary>
    Approach,
    /// <summary>Wat doe en kan ik zelf al?</summary>
    OwnStrength,
    /// <summary>Wie uit mijn omgeving zou mij hierbij kunnen helpen?</summary>
    Network,
    /// <summary>Wat heb ik nog nodig?</summary>
    Need,
}

/// <summary>One face of the smiley scale, or "Niet van toepassing" (no ZRM level, not a face).</summary>
public sealed record Smiley
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    /// <summary>ZRM level 1 (acuut) … 5 (volledig zelfredzaam); null for "Niet van toepassing". Never shown to the resident.</summary>
    public int? ZrmLevel { get; init; }

    public bool IsNotApplicable => ZrmLevel is null;
    /// <summary>A sad face: the summary gently asks about a topic with this smiley and no "nog nodig".</summary>
    public bool IsSad => ZrmLevel is <= 2;
}
