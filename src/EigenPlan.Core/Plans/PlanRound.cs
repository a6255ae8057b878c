namespace EigenPlan.Core.Plans;

/// <summary>
/// An earlier round of the plan ("toen"), frozen when the resident started the next one: the smileys, answers and house
/// notes as they were, with the date. Nothing edits a round afterwards; the merge and the export keep it whole.
/// </summary>
public sealed class PlanRound
{
    /// <summary>
    /// The date this round is known by: the plan's own date in that round (<see cref="AboutMe.Date"/>, the date on the
    /// booklet's cover), or the day it was closed when the resident had not filled one in.
    /// </summary>
    public DateOnly Date { get; set; }
    /// <summary>The day the resident started the next round.</summary>
    public DateOnly ClosedOn { get; set; }
    /// <summary>Per topic key (<c>house.topic</c>): what it held; topics that held nothing are left out.</summary>
    public Dictionary<string, RoundTopic> Topics { get; set; } = [];
    /// <summary>Per house id: the notes; houses without notes are left out.</summary>
    public Dictionary<string, RoundHouse> Houses { get; set; } = [];
    /// <summary>When and to whom the plan of that round was handed in.</summary>
    public HandInRecord? HandedIn { get; set; }

    /// <summary>The smiley id of a topic in this round, or null.</summary>
    public string? SmileyOf(string topicKey) => Topics.GetValueOrDefault(topicKey)?.SmileyId;
}

/// <summary>One topic in an earlier round.</summary>
public sealed class RoundTopic
{
    public string? SmileyId { get; set; }
    /// <summary>Answer text per question id.</summary>
    public Dictionary<string, string> Answers { get; set; } = [];
    public bool Skipped { get; set; }
    public bool TalkAbout { get; set; }
}

/// <summary>One house's notes in an earlier round.</summary>
public sealed class RoundHouse
{
    public string GoingWell { get; set; } = "";
    public string NotGoingWell { get; set; } = "";
    public string FreeText { get; set; } = "";
}

/// <summary>The resident's own note that they handed in their plan: the date, and to whom (free text, optional).</summary>
public sealed class HandInRecord
{
    public DateOnly Date { get; set; }
    /// <summary>To whom or where, in the resident's words (e.g. "Wijkteam, mevrouw De Vries").</summary>
    public string? To { get; set; }
}
