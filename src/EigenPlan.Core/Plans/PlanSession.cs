using EigenPlan.Core.Audit;
using EigenPlan.Core.Security;

namespace EigenPlan.Core.Plans;

/// <summary>
/// An opened plan. Only the store that opened it can create one (it holds the plan key privately), so a session
/// cannot be forged from ids. Every session belongs to one device: closing that device (or a new code) ends it.
/// Keep it in a scoped service for the circuit; never in a singleton.
/// </summary>
public abstract class PlanSession
{
    protected PlanSession(PlanId planId, string deviceId, AccessRole role, string actor, DateTime openedUtc)
    {
        PlanId = planId;
        DeviceId = deviceId;
        Role = role;
        Actor = actor;
        OpenedUtc = openedUtc;
    }

    public PlanId PlanId { get; }

    /// <summary>The device this session was opened on (see <see cref="DeviceCredential.DeviceId"/>).</summary>
    public string DeviceId { get; }

    /// <summary>Random per open; ties coalesced saves in the access log together. Not a secret.</summary>
    public string SessionId { get; } = Guid.NewGuid().ToString("N");

    public AccessRole Role { get; }

    /// <summary>Who, in words for the access log: "eigenaar".</summary>
    public string Actor { get; }

    public DateTime OpenedUtc { get; }
}

/// <summary>
/// A new plan: its id, the code to show once (it is not kept anywhere), this device's credential for the cookie, and
/// an open session.
/// </summary>
public sealed record PlanCreated(PlanId PlanId, PersonalCode Code, DeviceCredential Device, PlanSession Session);

/// <summary>A new code for a plan (same id): shown once; every other device was closed, this one has a new credential.</summary>
public sealed record CodeChanged(PersonalCode Code, DeviceCredential Device, PlanSession Session);

/// <summary>The outcome of opening with a typed code. Each failure carries a short Dutch message.</summary>
public abstract record PlanOpenResult
{
    private PlanOpenResult()
    {
    }

    public abstract string? Message { get; }

    /// <summary>The code was right; <see cref="Device"/> is the new credential for this browser.</summary>
    public sealed record Opened(PlanSession Session, DeviceCredential Device) : PlanOpenResult
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
}
