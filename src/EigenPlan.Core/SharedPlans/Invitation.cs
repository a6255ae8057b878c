namespace EigenPlan.Core.SharedPlans;

/// <summary>What an invitation lets someone do.</summary>
public enum InvitationRole
{
    /// <summary>Meelezen.</summary>
    Read,
    /// <summary>Meewerken: update actions, statuses and messages.</summary>
    Contribute,
}

/// <summary>Whether an invitation link still works.</summary>
public enum InvitationState
{
    Active,
    Expired,
    Withdrawn,
}

/// <summary>
/// An invitation as the owner sees it (never the link itself: only its hash is kept). The participant's name lives in the
/// encrypted plan; this record only holds the participant's id.
/// </summary>
public sealed record Invitation(
    string Id,
    string ParticipantId,
    InvitationRole Role,
    DateTime CreatedUtc,
    DateTime? ExpiresUtc,
    DateTime? WithdrawnUtc,
    DateTime? LastUsedUtc)
{
    /// <summary>How long a new invitation works when the owner does not choose: 90 days. The owner can extend it.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(90);

    public InvitationState StateAt(DateTime nowUtc) =>
        WithdrawnUtc is not null ? InvitationState.Withdrawn
        : ExpiresUtc is { } expires && expires <= nowUtc ? InvitationState.Expired
        : InvitationState.Active;
}

/// <summary>A new invitation and its link token. Show the token (as a link) to the owner once; it is not kept.</summary>
public sealed record InvitationCreated(Invitation Invitation, InvitationToken Token);

/// <summary>The outcome of opening a shared plan with an invitation link. Each failure has a short Dutch message.</summary>
public abstract record InvitationOpenResult
{
    private InvitationOpenResult()
    {
    }

    public abstract string? Message { get; }

    /// <param name="Session">The invited person's session.</param>
    /// <param name="ExpiresUtc">
    /// When the invitation stops working as it stands now (null: no end), so what the browser keeps for it (the
    /// invitation cookie) lasts exactly as long. The owner may extend it later; the link then opens again.
    /// </param>
    public sealed record Opened(SharedPlanSession Session, DateTime? ExpiresUtc) : InvitationOpenResult
    {
        public override string? Message => null;
    }

    /// <summary>No invitation with this link: mistyped, cut off, forged, or the plan was deleted.</summary>
    public sealed record Unknown : InvitationOpenResult
    {
        public override string Message => "Deze link werkt niet. Misschien is hij niet helemaal goed overgenomen. Vraag de eigenaar van het plan om een nieuwe link.";
    }

    public sealed record Withdrawn : InvitationOpenResult
    {
        public override string Message => "De eigenaar van dit plan heeft deze uitnodiging ingetrokken. Je kunt het plan niet meer bekijken.";
    }

    public sealed record Expired : InvitationOpenResult
    {
        public override string Message => "Deze uitnodiging is verlopen. Vraag de eigenaar van het plan om een nieuwe link.";
    }
}
