using EigenPlan.Core.Security;

namespace EigenPlan.Core.Plans;

/// <summary>
/// A session can no longer reach its plan: the plan was deleted (<see cref="PlanNotFoundException"/>) or this device was
/// closed, expired or dropped by a new code (<see cref="DeviceClosedException"/>). The web layer treats both alike: the
/// plan is not open on this device any more.
/// </summary>
public class PlanAccessEndedException : Exception
{
    public PlanAccessEndedException()
    {
    }

    public PlanAccessEndedException(string message)
        : base(message)
    {
    }

    public PlanAccessEndedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PlanAccessEndedException(PlanId planId, string message)
        : base(message) => PlanId = planId;

    public PlanId PlanId { get; }
}

/// <summary>The plan no longer exists (deleted, possibly in another browser tab).</summary>
public sealed class PlanNotFoundException : PlanAccessEndedException
{
    public PlanNotFoundException(PlanId planId)
        : base(planId, $"Plan {planId} does not exist (any more).")
    {
    }

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
}

/// <summary>The session's device was closed (by the resident, or by a new code) or expired.</summary>
public sealed class DeviceClosedException : PlanAccessEndedException
{
    public DeviceClosedException(PlanId planId, string deviceId)
        : base(planId, $"Device {deviceId} of plan {planId} was closed or expired.")
    {
    }

    public DeviceClosedException()
    {
    }

    public DeviceClosedException(string message)
        : base(message)
    {
    }

    public DeviceClosedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
