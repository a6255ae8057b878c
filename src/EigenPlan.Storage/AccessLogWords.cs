using EigenPlan.Core.Audit;

namespace EigenPlan.Storage;

/// <summary>
/// What every store provider writes into the access log in the same words (the log page shows them as they are), and
/// which actions may be recorded from outside a store. One source, so the LiteDB and PostgreSQL providers' logs read
/// the same and a log copied from one to the other still reads right.
/// </summary>
public static class AccessLogWords
{
    /// <summary>The plan's owner, in the Eigen Plan and in the shared plan.</summary>
    public const string OwnerActor = "eigenaar";
    /// <summary>Someone who opened the shared plan through an invitation.</summary>
    public const string InviteeActor = "uitgenodigd";
    public const string FailedCodeActor = "iemand met een code die niet klopt";
    public const string FailedLinkActor = "iemand met een link die niet werkt";
    public const string NewPlan = "nieuw plan";
    public const string ByCode = "met code";
    public const string ByDevice = "met apparaat";
    /// <summary>The code was asked again (before showing it, deleting, or making a new one).</summary>
    public const string CodeAsked = "code gevraagd";
    public const string ThisDevice = "dit apparaat";
    public const string OtherDevice = "ander apparaat";

    /// <summary>Only exports and prints are recorded from outside a store; the stores record every other action themselves.</summary>
    public static void RequireRecordableFromOutside(AccessAction action)
    {
        if (action is not (AccessAction.Exported or AccessAction.Printed))
        {
            throw new ArgumentException("Only Exported and Printed are recorded from outside; the store records the rest itself.", nameof(action));
        }
    }
}
