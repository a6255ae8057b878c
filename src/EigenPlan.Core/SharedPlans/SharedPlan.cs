namespace EigenPlan.Core.SharedPlans;

/// <summary>
/// One plan that everyone around the resident works from (the Samen1Plan way): the resident's toekomstbeeld, goals in
/// their own words in their order of priority, who does what and when, and the status of each goal. This whole object
/// is what gets encrypted at rest under the shared-plan key; it never holds the private Eigen Plan answers, only the
/// topics the owner explicitly shared (<see cref="SharedTopics"/>). Mutable because it is edited and saved whole.
/// </summary>
public sealed class SharedPlan
{
    /// <summary>The id of the Eigen Plan this plan belongs to (the owner's plan id).</summary>
    public required string PlanId { get; set; }
    /// <summary>The format of the Eigen Plan it was made from, for topic titles.</summary>
    public string FormatId { get; set; } = "";
    /// <summary>The situation the resident wants, in their own words.</summary>
    public string Vision { get; set; } = "";
    /// <summary>Goals in the resident's order of priority: the first one matters most.</summary>
    public List<SharedGoal> Goals { get; set; } = [];
    public List<Participant> Participants { get; set; } = [];
    /// <summary>Topics of the Eigen Plan the owner chose to show to invited people: a copy, made when they shared it.</summary>
    public List<SharedTopic> SharedTopics { get; set; } = [];
    public DateTime CreatedUtc { get; set; }
    /// <summary>The people in the resident's household; empty when the plan is only about the resident.</summary>
    public List<HouseholdMember> Household { get; set; } = [];
    /// <summary>Who each Eigen Plan topic is about, as the owner said (topics not listed: nobody said).</summary>
    public List<TopicAbout> TopicsAbout { get; set; } = [];
    /// <summary>The vaste contactpersoon: a <see cref="Participant.Id"/> other than the owner; null while none is named.</summary>
    public string? ContactPersonId { get; set; }
    /// <summary>Who besides the owner may mark a goal reached.</summary>
    public ReachedRule ReachedRule { get; set; } = ReachedRule.OwnerOnly;
    /// <summary>Samen terugkijken moments, in the order they were planned.</summary>
    public List<Evaluation> Evaluations { get; set; } = [];
    /// <summary>What happened, oldest first, ids only (see <see cref="SharedPlanEvent"/>). The oldest go when it gets long.</summary>
    public List<SharedPlanEvent> Events { get; set; } = [];

    public SharedGoal? FindGoal(string? id) => id is null ? null : Goals.FirstOrDefault(g => g.Id == id);

    public Participant? FindParticipant(string? id) => id is null ? null : Participants.FirstOrDefault(p => p.Id == id);

    public HouseholdMember? FindMember(string? id) => id is null ? null : Household.FirstOrDefault(m => m.Id == id);

    public Evaluation? FindEvaluation(string? id) => id is null ? null : Evaluations.FirstOrDefault(e => e.Id == id);

    /// <summary>The resident themself; every plan has exactly one.</summary>
    public Participant? Owner => Participants.FirstOrDefault(p => p.Kind == ParticipantKind.Resident);

    /// <summary>The vaste contactpersoon, if named and still taking part.</summary>
    public Participant? ContactPerson => FindParticipant(ContactPersonId);

    /// <summary>Who the topic is about (see <see cref="HouseholdAbout"/>); null when nobody said.</summary>
    public string? AboutOfTopic(string? topicKey) => TopicsAbout.FirstOrDefault(t => t.TopicKey == topicKey)?.About;
}

/// <summary>A goal: what the resident wants to reach, its status colour with its history, the actions and the messages.</summary>
public sealed class SharedGoal
{
    public required string Id { get; set; }
    public required string Text { get; set; }
    /// <summary>The Eigen Plan topic (<c>house.topic</c>) the goal came from, if any.</summary>
    public string? TopicKey { get; set; }
    public GoalStatus Status { get; set; } = GoalStatus.None;
    /// <summary>Why the goal has its current colour, in a few words.</summary>
    public string StatusReason { get; set; } = "";
    /// <summary>Every status change, oldest first. Never edited or shortened.</summary>
    public List<StatusChange> History { get; set; } = [];
    public List<GoalAction> Actions { get; set; } = [];
    /// <summary>The bericht thread, oldest first.</summary>
    public List<GoalMessage> Messages { get; set; } = [];
    /// <summary>Who the goal is about (see <see cref="HouseholdAbout"/>); null when nobody said.</summary>
    public string? About { get; set; }
    /// <summary>Set when the goal was reached; it then shows in the Gelukt list.</summary>
    public GoalReached? Reached { get; set; }

    public bool IsReached => Reached is not null;

    public GoalAction? FindAction(string? id) => id is null ? null : Actions.FirstOrDefault(a => a.Id == id);
}

/// <summary>The colour of a goal. The word is always shown next to the colour.</summary>
public enum GoalStatus
{
    /// <summary>Nog geen kleur: nobody has said how it goes yet.</summary>
    None,
    /// <summary>Groen: gaat goed.</summary>
    Green,
    /// <summary>Oranje: aandacht nodig.</summary>
    Orange,
    /// <summary>Rood: loopt vast.</summary>
    Red,
}

/// <summary>One line of a goal's history: who changed the colour, when, from what to what, and why.</summary>
public sealed class StatusChange
{
    public DateTime TimeUtc { get; set; }
    public string ActorName { get; set; } = "";
    public SharedPlanRole ActorRole { get; set; }
    public GoalStatus From { get; set; }
    public GoalStatus To { get; set; }
    public string Reason { get; set; } = "";
}

/// <summary>Something to do for a goal: what, who, by when, and whether it is done.</summary>
public sealed class GoalAction
{
    public required string Id { get; set; }
    public required string What { get; set; }
    /// <summary>A <see cref="Participant.Id"/>; null while nobody has taken it on.</summary>
    public string? ParticipantId { get; set; }
    public DateOnly? Due { get; set; }
    public bool Done { get; set; }
    /// <summary>The Sociale Kaart entry this action came from, with its contact copied in.</summary>
    public ActionContact? Contact { get; set; }

    /// <summary>Not done and its date has passed.</summary>
    public bool IsOverdue(DateOnly today) => !Done && Due is { } due && due < today;
}

/// <summary>Who to contact for an action that came from the Sociale Kaart (copied, so it survives a content update).</summary>
public sealed class ActionContact
{
    public string EntryId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
}

/// <summary>A person who takes part: the resident, someone from their network, the OCO, the wijkteam or another professional.</summary>
public sealed class Participant
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public ParticipantKind Kind { get; set; }
    /// <summary>Their role in words, e.g. "zus" or "schuldhulpverlener".</summary>
    public string Role { get; set; } = "";
    public string? Organisation { get; set; }
    /// <summary>For a household member who takes part: their <see cref="HouseholdMember.Id"/>.</summary>
    public string? HouseholdMemberId { get; set; }
}

/// <summary>What kind of participant someone is.</summary>
public enum ParticipantKind
{
    /// <summary>De bewoner: the owner of the plan.</summary>
    Resident,
    /// <summary>Iemand uit de omgeving (family, friend, neighbour).</summary>
    Network,
    /// <summary>Onafhankelijke cliëntondersteuner.</summary>
    ClientSupporter,
    Wijkteam,
    /// <summary>Another professional.</summary>
    Professional,
    /// <summary>Iemand uit het huishouden who takes part with their own invitation.</summary>
    Household,
}

/// <summary>A short message on a goal: the one place for updates, instead of e-mail.</summary>
public sealed class GoalMessage
{
    public required string Id { get; set; }
    public DateTime TimeUtc { get; set; }
    public string AuthorName { get; set; } = "";
    public SharedPlanRole AuthorRole { get; set; }
    public string Text { get; set; } = "";
}

/// <summary>A topic of the Eigen Plan the owner chose to share: its title, smiley and the answers with text.</summary>
public sealed class SharedTopic
{
    public required string TopicKey { get; set; }
    public string HouseTitle { get; set; } = "";
    public string TopicTitle { get; set; } = "";
    public string? SmileyLabel { get; set; }
    /// <summary>
    /// The smiley's id in the format, so the view for invited professionals can derive an indication from it. Null when
    /// no smiley was chosen, and in topics shared before this field existed.
    /// </summary>
    public string? SmileyId { get; set; }
    /// <summary>The resident flagged "Hier wil ik over praten": the shared plan shows these topics first.</summary>
    public bool TalkAbout { get; set; }
    public List<SharedAnswer> Answers { get; set; } = [];
}

/// <summary>A question and the resident's answer, inside a shared topic.</summary>
public sealed class SharedAnswer
{
    public string Label { get; set; } = "";
    public string Text { get; set; } = "";
}
