namespace EigenPlan.Core.SharedPlans;

public sealed partial class SharedPlanEditor
{
    /// <summary>Adds someone to the household: a name or description, an age (may be left out) and how they relate. Owner only.</summary>
    public SharedPlanEditResult AddMember(string? name, int? age, string? relation, out string? memberId)
    {
        memberId = null;
        if (!Allowed(SharedPlanRight.ManageParticipants, out var refusal)
            || !TryText(name, SharedPlanLimits.MaxNameLength, allowEmpty: false, "De naam of omschrijving", out var cleanName, out refusal)
            || !TryText(relation, SharedPlanLimits.MaxNameLength, allowEmpty: true, "Wie het voor je is", out var cleanRelation, out refusal)
            || !TryAge(age, out refusal))
        {
            return refusal;
        }
        if (Plan.Household.Count >= SharedPlanLimits.MaxHouseholdMembers)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.TooMany, $"Het huishouden heeft al {SharedPlanLimits.MaxHouseholdMembers} mensen. Er kan er geen meer bij.");
        }
        var member = new HouseholdMember { Id = NewId(), Name = Line(cleanName), Age = age, Relation = Line(cleanRelation) };
        Plan.Household.Add(member);
        memberId = member.Id;
        Raise(SharedPlanEventKind.HouseholdMemberAdded);
        return SharedPlanEditResult.Ok;
    }

    /// <summary>
    /// Removes someone from the household. What was about them is no longer about anyone; if they took part, they stay
    /// a participant (the owner removes or withdraws them separately). Owner only.
    /// </summary>
    public SharedPlanEditResult RemoveMember(string memberId)
    {
        if (!Allowed(SharedPlanRight.ManageParticipants, out var refusal) || !TryMember(memberId, out var member, out refusal))
        {
            return refusal;
        }
        Plan.Household.Remove(member);
        foreach (var goal in Plan.Goals.Where(g => g.About == member.Id))
        {
            goal.About = null;
        }
        Plan.TopicsAbout.RemoveAll(t => t.About == member.Id);
        foreach (var participant in Plan.Participants.Where(p => p.HouseholdMemberId == member.Id))
        {
            participant.HouseholdMemberId = null;
        }
        Raise(SharedPlanEventKind.HouseholdMemberRemoved);
        return SharedPlanEditResult.Ok;
    }

    /// <summary>
    /// Lets a household member who is old enough (<see cref="HouseholdAbout.MinimumAgeToTakePart"/>) take part: they
    /// become a participant, whom the owner can then invite with their own role. Owner only.
    /// </summary>
    public SharedPlanEditResult TakePartAsMember(string memberId, out string? participantId)
    {
        participantId = null;
        if (!Allowed(SharedPlanRight.ManageParticipants, out var refusal) || !TryMember(memberId, out var member, out refusal))
        {
            return refusal;
        }
        if (Plan.Participants.FirstOrDefault(p => p.HouseholdMemberId == member.Id) is { } already)
        {
            participantId = already.Id;
            return SharedPlanEditResult.Fail(SharedPlanEditError.NoChange, $"{member.Name} doet al mee.");
        }
        if (member.Age is not { } age || age < HouseholdAbout.MinimumAgeToTakePart)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.TooYoung, member.Age is null
                ? $"Vul eerst de leeftijd van {member.Name} in. Meedoen kan vanaf {HouseholdAbout.MinimumAgeToTakePart} jaar."
                : $"Meedoen met een eigen uitnodiging kan vanaf {HouseholdAbout.MinimumAgeToTakePart} jaar. Jij spreekt nu voor {member.Name}.");
        }
        if (Plan.Participants.Count >= SharedPlanLimits.MaxParticipants)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.TooMany, $"Er doen al {SharedPlanLimits.MaxParticipants} mensen mee. Er kan er geen meer bij.");
        }
        var participant = new Participant
        {
            Id = NewId(), Name = member.Name, Kind = ParticipantKind.Household,
            Role = member.Relation.Length > 0 ? member.Relation : ParticipantKind.Household.Label(), HouseholdMemberId = member.Id,
        };
        Plan.Participants.Add(participant);
        participantId = participant.Id;
        return SharedPlanEditResult.Ok;
    }

    /// <summary>Says who a goal is about: a member, the owner, the whole household, or nobody in particular (null). Owner only.</summary>
    public SharedPlanEditResult SetGoalAbout(string goalId, string? about)
    {
        if (!Allowed(SharedPlanRight.EditGoals, out var refusal) || !TryGoal(goalId, out var goal, out refusal) || !TryAbout(about, out refusal))
        {
            return refusal;
        }
        goal.About = about;
        return SharedPlanEditResult.Ok;
    }

    /// <summary>Says who an Eigen Plan topic is about; null takes it back. Owner only: the answers are theirs.</summary>
    public SharedPlanEditResult SetTopicAbout(string topicKey, string? topicTitle, string? about)
    {
        if (!Allowed(SharedPlanRight.EditGoals, out var refusal) || !TryAbout(about, out refusal))
        {
            return refusal;
        }
        if (string.IsNullOrWhiteSpace(topicKey) || topicKey.Length > SharedPlanLimits.MaxNameLength)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.NoChange, "Dit onderwerp bestaat niet. Laad de pagina opnieuw.");
        }
        Plan.TopicsAbout.RemoveAll(t => t.TopicKey == topicKey);
        if (about is not null)
        {
            var title = Line(PlanTextLine(topicTitle));
            Plan.TopicsAbout.Add(new TopicAbout { TopicKey = topicKey, TopicTitle = title, About = about });
        }
        return SharedPlanEditResult.Ok;
    }

    /// <summary>Names the vaste contactpersoon among the participants (not the owner), or nobody (null). Owner only.</summary>
    public SharedPlanEditResult SetContactPerson(string? participantId)
    {
        if (!Allowed(SharedPlanRight.ManageParticipants, out var refusal))
        {
            return refusal;
        }
        if (participantId is not null && Plan.FindParticipant(participantId) is null)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.UnknownParticipant, "Deze persoon doet niet (meer) mee. Kies iemand uit de lijst.");
        }
        if (Plan.FindParticipant(participantId)?.Kind == ParticipantKind.Resident)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.NoChange, "Kies iemand anders dan jezelf: de contactpersoon houdt samen met jou het overzicht.");
        }
        if (participantId == Plan.ContactPersonId)
        {
            return SharedPlanEditResult.Fail(SharedPlanEditError.NoChange, participantId is null ? "Er is nog geen vaste contactpersoon." : "Deze persoon is al de vaste contactpersoon.");
        }
        Plan.ContactPersonId = participantId;
        Raise(SharedPlanEventKind.ContactPersonChanged, participantIds: participantId is null ? null : [participantId]);
        return SharedPlanEditResult.Ok;
    }

    private bool TryMember(string? memberId, out HouseholdMember member, out SharedPlanEditResult refusal)
    {
        member = Plan.FindMember(memberId)!;
        refusal = member is null
            ? SharedPlanEditResult.Fail(SharedPlanEditError.UnknownMember, "Deze persoon hoort niet (meer) bij het huishouden. Laad de pagina opnieuw.")
            : SharedPlanEditResult.Ok;
        return member is not null;
    }

    private bool TryAbout(string? about, out SharedPlanEditResult refusal)
    {
        refusal = SharedPlanEditResult.Ok;
        if (HouseholdAbout.IsValid(Plan, about))
        {
            return true;
        }
        refusal = SharedPlanEditResult.Fail(SharedPlanEditError.UnknownMember, "Deze persoon hoort niet (meer) bij het huishouden. Kies iemand uit de lijst.");
        return false;
    }

    private static bool TryAge(int? age, out SharedPlanEditResult refusal)
    {
        refusal = SharedPlanEditResult.Ok;
        if (age is null or (>= 0 and <= HouseholdAbout.MaxAge))
        {
            return true;
        }
        refusal = SharedPlanEditResult.Fail(SharedPlanEditError.InvalidDate, "Deze leeftijd klopt niet. Vul een leeftijd in jaren in, of laat het leeg.");
        return false;
    }

    private static string PlanTextLine(string? text)
    {
        var clean = Plans.PlanText.Clean(text).Trim();
        return clean.Length > SharedPlanLimits.MaxNameLength ? clean[..SharedPlanLimits.MaxNameLength] : clean;
    }
}
