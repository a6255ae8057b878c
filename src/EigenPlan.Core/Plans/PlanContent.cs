namespace EigenPlan.Core.Plans;

/// <summary>
/// Everything a resident writes in their Eigen Plan. This whole object is what gets encrypted at rest;
/// it is mutable because the wizard edits it field by field and saves it whole.
/// </summary>
public sealed class PlanContent
{
    public required string MunicipalityId { get; set; }
    public required string FormatId { get; set; }
    /// <summary>
    /// The code of the language the resident chose on the start page (<see cref="Languages.PlanLanguage"/>): the
    /// interface, the questions and the booklet come in it. Null or unknown means Dutch (plans from before languages).
    /// </summary>
    public string? Language { get; set; }
    public AboutMe About { get; set; } = new();
    /// <summary>Answers per topic, keyed by topic key (<c>house.topic</c>).</summary>
    public Dictionary<string, TopicAnswers> Topics { get; set; } = [];
    /// <summary>Notes per house, keyed by house id.</summary>
    public Dictionary<string, HouseNotes> Houses { get; set; } = [];
    /// <summary>When and to whom the resident handed in this round's plan; null until they note it.</summary>
    public HandInRecord? HandedIn { get; set; }
    /// <summary>
    /// Earlier rounds (<i>Opnieuw kijken hoe het gaat</i>), oldest first, each frozen when the next one started. The
    /// fields above are the current round. See <see cref="PlanEditor.StartNewRound"/>.
    /// </summary>
    public List<PlanRound> Rounds { get; set; } = [];

    public TopicAnswers Topic(string topicKey) =>
        Topics.TryGetValue(topicKey, out var answers) ? answers : Topics[topicKey] = new TopicAnswers();

    public HouseNotes House(string houseId) =>
        Houses.TryGetValue(houseId, out var notes) ? notes : Houses[houseId] = new HouseNotes();
}

/// <summary>The cover of the booklet: who made the plan, when, and with whose help. All optional.</summary>
public sealed class AboutMe
{
    public string? Name { get; set; }
    public int? Age { get; set; }
    public DateOnly? Date { get; set; }
    public FilledInBy FilledInBy { get; set; } = FilledInBy.Self;
    /// <summary>Name of the client supporter or the person the resident knows who helps.</summary>
    public string? HelperName { get; set; }
}

/// <summary>Who fills in the plan.</summary>
public enum FilledInBy
{
    /// <summary>Ik vul het zelf in.</summary>
    Self,
    /// <summary>Met hulp van een cliëntondersteuner.</summary>
    ClientSupporter,
    /// <summary>Met hulp van iemand die ik ken.</summary>
    SomeoneIKnow,
}

/// <summary>What the resident wrote on one topic page.</summary>
public sealed class TopicAnswers
{
    /// <summary>Chosen smiley id of the format, or null when none was chosen.</summary>
    public string? SmileyId { get; set; }
    /// <summary>Answer text per question id.</summary>
    public Dictionary<string, string> Answers { get; set; } = [];
    /// <summary>Sociale Kaart entry ids marked "Dit wil ik proberen".</summary>
    public List<string> ChosenEntries { get; set; } = [];
    /// <summary>The resident chose to skip this topic for now.</summary>
    public bool Skipped { get; set; }
    /// <summary>The resident said they are done with this topic.</summary>
    public bool MarkedDone { get; set; }
    /// <summary>"Hier wil ik over praten": the resident wants to talk about this topic first. Not content: it never changes the topic's state.</summary>
    public bool TalkAbout { get; set; }

    public string Answer(string questionId) => Answers.TryGetValue(questionId, out var text) ? text : "";
}

/// <summary>Per house: what goes well and what not (huisjesplaat), and the vrije ruimte page.</summary>
public sealed class HouseNotes
{
    public string GoingWell { get; set; } = "";
    public string NotGoingWell { get; set; } = "";
    public string FreeText { get; set; } = "";
    public Drawing Drawing { get; set; } = new();
}

/// <summary>A drawing on the vrije ruimte page, kept as vector strokes in a 1000 × 700 canvas.</summary>
public sealed class Drawing
{
    public const int Width = 1000;
    public const int Height = 700;
    public List<Stroke> Strokes { get; set; } = [];
    public bool IsEmpty => Strokes.Count == 0;
}

/// <summary>One line drawn without lifting the pen: points as x, y pairs in canvas units.</summary>
public sealed class Stroke
{
    public string Color { get; set; } = "#1B1B1B";
    public float LineWidth { get; set; } = 4;
    /// <summary>x0, y0, x1, y1, …</summary>
    public List<float> Points { get; set; } = [];
}
