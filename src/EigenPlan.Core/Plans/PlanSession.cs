using EigenPlan.Core.Audit;
using EigenPlan.Core.Security;

namespace EigenPlan.Core.Plans;

/// <summary>
/// An opened plan. Only the store that opened it can create one (it holds the plan key privately), so a session
/// cannot be forged from ids. Keep it in a scoped service for the circuit; never in a singleton.
/// </summary>
public abstract class PlanSession
{
    protected PlanSession(PlanId planId, AccessRole role, string actor, DateTime openedUtc)
    {
        PlanId = planId;
        Role = role;
        Actor = actor;
        OpenedUtc = openedUtc;
    }

    public PlanId PlanId { get; }

    /// <summary>Random per open; ties coalesced saves in the access log together. Not a secret.</summary>
    public string SessionId { get; } = Guid.NewGuid().ToString("N");

    public AccessRole Role { get; }

    /// <summary>Who, in words for the access log: "eigenaar".</summary>
    public string Actor { get; }

    public DateTime OpenedUtc { get; }
}

/// <summary>A new plan: its id, the code to show once, the device key for the cookie, and an open session.</summary>
public sealed record PlanCreated(PlanId PlanId, PersonalCode Code, DeviceKey DeviceKey, PlanSession Session);

/// <summary>The outcome of opening with a typed code. Each failure carries a short Dutch message.</summary>
public abstract record PlanOpenResult
{
    private PlanOpenResult()
    {
    }

    public abstract string? Message { get; }

    /// <summary>The code was right.</summary>
    public sealed record Opened(PlanSession Session, DeviceKey DeviceKey) : PlanOpenResult
    {
        public PlanId PlanId => Session.PlanId;

        public override string? Message => null;
    }

    /// <summary>No plan with this code (unknown id or wrong secret: the caller cannot tell which).</summary>
    public sealed record WrongCode : PlanOpenResult
    {
        public override string Message => "Deze code klopt niet. Kijk of je alle tekens goed hebt overgenomen.";
    }

    /// <summary>What was typed is not a code at all.</summary>
    public sealed record Malformed(string Reason) : PlanOpenResult
    {
        public override string Message => Reason;
    }

    /// <summary>Too many wrong codes for this plan or from this device; try again after <see cref="RetryAfter"/>.</summary>
    public sealed record RateLimited(TimeSpan RetryAfter) : PlanOpenResult
    {
        public override string Message =>
            $"Je hebt te vaak een code geprobeerd die niet klopt. Probeer het over {Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalMinutes))} minuten opnieuw.";
    }
}

/// <summary>The plan no longer exists (deleted, possibly in another browser tab).</summary>
public sealed class PlanNotFoundException : Exception
{
    public PlanNotFoundException(PlanId planId)
        : base($"Plan {planId} does not exist (any more).") => PlanId = planId;

    public PlanNotFoundException()
    {
    }

    public PlanNotFoundException(string message)
        : base(message)
    {
    }

    public PlanNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PlanId PlanId { get; }
}
