using EigenPlan.Core.Audit;

namespace EigenPlan.Core.SharedPlans;

/// <summary>
/// "Wie heeft mijn plan bekeken": the access log in plain words, newest first, optionally for one period. Names come from
/// the encrypted shared plan (the log itself holds only roles and invitation ids, never names or content).
/// </summary>
public static class AccessLogReport
{
    /// <param name="entries">The raw log, in any order.</param>
    /// <param name="nameOfInvitation">The participant's name for an invitation id, or null when unknown.</param>
    /// <param name="fromUtc">Only entries at or after this time.</param>
    /// <param name="toUtc">Only entries at or before this time.</param>
    public static IReadOnlyList<AccessLogLine> Build(IEnumerable<AccessLogEntry> entries, Func<string, string?> nameOfInvitation,
        DateTime? fromUtc = null, DateTime? toUtc = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(nameOfInvitation);
        return entries
            .Where(e => (fromUtc is null || e.TimeUtc >= fromUtc) && (toUtc is null || e.TimeUtc <= toUtc))
            .OrderByDescending(e => e.TimeUtc).ThenByDescending(e => e.Sequence)
            .Select(e => Line(e, e.InvitationId is { } id ? nameOfInvitation(id) : null))
            .ToList();
    }

    private static AccessLogLine Line(AccessLogEntry e, string? invitee)
    {
        var shared = e.InvitationId is not null || e.ClientHint == SharedPlanLogHints.SharedPlan;
        var what = shared ? "het samenplan" : "het Eigen Plan";
        var someone = invitee ?? "iemand die was uitgenodigd";
        var who = e.Action == AccessAction.OpenFailed ? "Iemand" : e.Role switch
        {
            AccessRole.Owner => "Jij",
            AccessRole.Reader or AccessRole.Contributor or AccessRole.Invitee => $"{someone} ({e.Role.Label()})",
            _ => "Iemand",
        };
        var text = e.Action switch
        {
            AccessAction.Created => $"heeft {what} gemaakt",
            AccessAction.Opened => $"heeft {what} geopend",
            AccessAction.OpenFailed => $"probeerde {what} te openen, maar dat lukte niet{FailureReason(e.ClientHint)}",
            AccessAction.Saved => $"heeft iets veranderd in {what}",
            AccessAction.Exported => $"heeft {what} gedownload",
            AccessAction.Printed => $"heeft {what} geprint of als PDF gedownload",
            AccessAction.Deleted => $"heeft {what} verwijderd",
            AccessAction.Invited => $"heeft {someone} uitgenodigd",
            AccessAction.InvitationWithdrawn => $"heeft de uitnodiging van {someone} ingetrokken",
            AccessAction.InvitationExtended => $"heeft de uitnodiging van {someone} verlengd",
            AccessAction.CodeChanged => "heeft een nieuwe code gemaakt. Alle apparaten zijn afgesloten",
            AccessAction.DeviceClosed => "heeft een apparaat afgesloten",
            _ => "deed iets wat we niet kennen",
        };
        var invited = e.Role is AccessRole.Reader or AccessRole.Contributor or AccessRole.Invitee && e.InvitationId is not null;
        var via = !invited ? null
            : e.Action == AccessAction.OpenFailed ? $"met de link voor {someone}"
            : $"via de uitnodiging voor {someone}";
        return new AccessLogLine(e.TimeUtc, who, text, via, e.Action, e.Role, e.InvitationId);
    }

    private static string FailureReason(string? hint) => hint switch
    {
        SharedPlanLogHints.WithdrawnLink => ": de uitnodiging was ingetrokken",
        SharedPlanLogHints.ExpiredLink => ": de uitnodiging was verlopen",
        SharedPlanLogHints.WrongLink => ": de link klopte niet",
        _ => ": de code of sleutel klopte niet",
    };
}

/// <summary>One line of the log page: "Jij heeft het samenplan geopend", "Fatima (meewerken) heeft iets veranderd…".</summary>
public sealed record AccessLogLine(DateTime TimeUtc, string Who, string What, string? Via, AccessAction Action, AccessRole Role, string? InvitationId)
{
    public string Sentence => Via is null ? $"{Who} {What}." : $"{Who} {What} ({Via}).";
}
