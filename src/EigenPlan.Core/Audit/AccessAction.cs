namespace EigenPlan.Core.Audit;

/// <summary>What happened to a plan. Every access is recorded; saves are coalesced per session.</summary>
public enum AccessAction
{
    Created,
    Opened,
    OpenFailed,
    Saved,
    Exported,
    Printed,
    Deleted,
    /// <summary>The owner invited someone to the shared plan.</summary>
    Invited,
    /// <summary>The owner withdrew an invitation.</summary>
    InvitationWithdrawn,
    /// <summary>The owner made a new code; every device was closed.</summary>
    CodeChanged,
    /// <summary>A device was closed (from the device list, or "Sluiten op dit apparaat").</summary>
    DeviceClosed,
    /// <summary>The owner gave an invitation a later end date.</summary>
    InvitationExtended,
}

/// <summary>In which capacity someone touched the plan. Shared plans add invitees later.</summary>
public enum AccessRole
{
    /// <summary>Not known, e.g. a failed attempt to open.</summary>
    Unknown,
    /// <summary>The resident who holds the code.</summary>
    Owner,
    /// <summary>Someone the resident invited (a helper or a professional).</summary>
    Invitee,
    /// <summary>Invited to the shared plan to read along (meelezen).</summary>
    Reader,
    /// <summary>Invited to the shared plan to work along (meewerken).</summary>
    Contributor,
}

/// <summary>Dutch words for the access log page.</summary>
public static class AccessLabels
{
    public static string Label(this AccessAction action) => action switch
    {
        AccessAction.Created => "plan gemaakt",
        AccessAction.Opened => "geopend",
        AccessAction.OpenFailed => "openen mislukt",
        AccessAction.Saved => "opgeslagen",
        AccessAction.Exported => "gedownload",
        AccessAction.Printed => "geprint",
        AccessAction.Deleted => "verwijderd",
        AccessAction.Invited => "uitgenodigd",
        AccessAction.InvitationWithdrawn => "uitnodiging ingetrokken",
        AccessAction.CodeChanged => "nieuwe code gemaakt",
        AccessAction.DeviceClosed => "apparaat afgesloten",
        AccessAction.InvitationExtended => "uitnodiging verlengd",
        _ => action.ToString(),
    };

    public static string Label(this AccessRole role) => role switch
    {
        AccessRole.Owner => "eigenaar",
        AccessRole.Invitee => "uitgenodigd",
        AccessRole.Reader => "meelezen",
        AccessRole.Contributor => "meewerken",
        _ => "onbekend",
    };
}
