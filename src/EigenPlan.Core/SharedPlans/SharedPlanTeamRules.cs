namespace EigenPlan.Core.SharedPlans;

/// <summary>
/// The rules that depend on the plan itself and not only on the role: who may mark a goal reached (the owner's consent
/// rule), who plans and records <i>samen terugkijken</i> (the owner or the vaste contactpersoon), and who sees what needs
/// attention first. Pure functions; <see cref="SharedPlanEditor"/> applies them.
/// </summary>
public static class SharedPlanTeamRules
{
    /// <summary>True when <paramref name="actor"/> is the plan's vaste contactpersoon.</summary>
    public static bool IsContactPerson(SharedPlan plan, SharedPlanActor actor)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role is SharedPlanRole.Contributor or SharedPlanRole.Reader
            && actor.ParticipantId is { } id && id == plan.ContactPersonId && plan.FindParticipant(id) is not null;
    }

    /// <summary>
    /// Marking a goal reached (or undoing it): always the owner; someone who works along only when the owner's
    /// <see cref="SharedPlan.ReachedRule"/> includes them; someone who reads along never.
    /// </summary>
    public static bool MayMarkReached(SharedPlan plan, SharedPlanActor actor)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role switch
        {
            SharedPlanRole.Owner => true,
            SharedPlanRole.Contributor => plan.ReachedRule switch
            {
                ReachedRule.Contributors => true,
                ReachedRule.ContactPerson => IsContactPerson(plan, actor),
                _ => false,
            },
            _ => false,
        };
    }

    /// <summary>Planning, recording and cancelling samen terugkijken: the owner, or the vaste contactpersoon who works along.</summary>
    public static bool MayPlanEvaluations(SharedPlan plan, SharedPlanActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role == SharedPlanRole.Owner
            || (actor.Role == SharedPlanRole.Contributor && IsContactPerson(plan, actor));
    }

    /// <summary>The "eerst aandacht" list is shown to the owner and to the vaste contactpersoon (also when they read along).</summary>
    public static bool SeesAttentionFirst(SharedPlan plan, SharedPlanActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role == SharedPlanRole.Owner || IsContactPerson(plan, actor);
    }

    /// <summary>The refusal for someone the consent rule leaves out.</summary>
    internal static SharedPlanEditResult ReachedRefusal(SharedPlan plan, SharedPlanActor actor) => SharedPlanEditResult.Fail(
        SharedPlanEditError.NotAllowed,
        actor.Role == SharedPlanRole.Reader
            ? "Je mag dit plan alleen lezen. Wil je meewerken? Vraag het aan de eigenaar van het plan."
            : plan.ReachedRule == ReachedRule.ContactPerson
                ? "Alleen de eigenaar en de vaste contactpersoon mogen een doel op bereikt zetten."
                : "Alleen de eigenaar mag een doel op bereikt zetten. Zet een bericht bij het doel, dan weet de eigenaar het.");
}
