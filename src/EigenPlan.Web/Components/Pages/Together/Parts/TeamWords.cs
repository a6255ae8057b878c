using EigenPlan.Core.Audit;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Web.Languages;
using EigenPlan.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EigenPlan.Web.Components.Pages.Together.Parts;

/// <summary>
/// The Core's words about the shared plan's people (kinds, roles, the consent rule, a household member, the log's
/// sentences and its check) in the page's language. The Core keeps its Dutch and stays the source of it: a Dutch page
/// shows the Core's own words; another language gets the same thing from TeamText, by its kind (the Dutch TeamText.resx
/// holds the Core's words as the translators' source; a test keeps them from drifting apart).
/// </summary>
public static class TeamWords
{
    /// <summary>
    /// Stands in for a part with its own markup (a name in bold, a link) inside a translated sentence, so each language
    /// puts that part where its word order wants it: <c>L["ContactIs", Slot]</c>, then <see cref="Around"/>.
    /// </summary>
    public const string Slot = "\u2063";

    /// <summary>The text before and after <see cref="Slot"/>.</summary>
    public static (string Before, string After) Around(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.IndexOf(Slot, StringComparison.Ordinal);
        return at < 0 ? (text, "") : (text[..at], text[(at + Slot.Length)..]);
    }

    public static string Kind(this IStringLocalizer<TeamText> text, ParticipantKind kind) =>
        CurrentLanguage.Value.IsDutch ? kind.Label() : text[$"Kind{kind}"].Value;

    public static string Role(this IStringLocalizer<TeamText> text, InvitationRole role) =>
        CurrentLanguage.Value.IsDutch ? role.Label() : text[$"Invitation{role}"].Value;

    public static string Rule(this IStringLocalizer<TeamText> text, ReachedRule rule) =>
        CurrentLanguage.Value.IsDutch ? rule.Label() : text[$"Rule{rule}"].Value;

    /// <summary>
    /// The role next to a participant's name: what the owner typed, or the kind when nothing was. Roles the Core filled in
    /// itself are Dutch words (the owner's "eigenaar van het plan", a kind's name as the default role): in another
    /// language those show in that language, by the participant's kind; anything typed stays as typed.
    /// </summary>
    public static string RoleOf(this IStringLocalizer<TeamText> text, Participant person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return text.RoleOf(person.Role, person.Kind);
    }

    /// <summary>As <see cref="RoleOf(IStringLocalizer{TeamText}, Participant)"/>, for someone suggested before they take part.</summary>
    public static string RoleOf(this IStringLocalizer<TeamText> text, string role, ParticipantKind kind)
    {
        ArgumentNullException.ThrowIfNull(role);
        if (role.Length == 0)
        {
            return text.Kind(kind);
        }
        if (CurrentLanguage.Value.IsDutch)
        {
            return role;
        }
        return role == SharedPlanFactory.OwnerRole ? text["OwnerOfPlan"].Value
            : role == kind.Label() ? text.Kind(kind)
            : role;
    }

    /// <summary>"Noor (dochter, 14 jaar)": the Core's words in Dutch; in another language the name and relation as typed.</summary>
    public static string Member(this IStringLocalizer<TeamText> text, HouseholdMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (CurrentLanguage.Value.IsDutch)
        {
            return HouseholdAbout.Describe(member);
        }
        var details = new List<string>();
        if (member.Relation.Length > 0)
        {
            details.Add(member.Relation);
        }
        if (member.Age is { } age)
        {
            details.Add(text["MemberYears", age].Value);
        }
        return details.Count == 0 ? member.Name : text["MemberDescribed", member.Name, string.Join(", ", details)].Value;
    }

    /// <summary>
    /// The log's lines, newest first: in Dutch <see cref="AccessLogReport"/>'s sentences; in another language the same
    /// lines, in the same order, composed from TeamText by each entry's action and role.
    /// </summary>
    public static IReadOnlyList<(DateTime TimeUtc, string Sentence)> Log(this IStringLocalizer<TeamText> text,
        IEnumerable<AccessLogEntry> entries, Func<string, string?> nameOfInvitation)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(nameOfInvitation);
        if (CurrentLanguage.Value.IsDutch)
        {
            return AccessLogReport.Build(entries, nameOfInvitation).Select(l => (l.TimeUtc, l.Sentence)).ToList();
        }
        // The report's order (newest first; the sequence decides within one millisecond).
        return entries.OrderByDescending(e => e.TimeUtc).ThenByDescending(e => e.Sequence)
            .Select(e => (e.TimeUtc, text.Sentence(e, e.InvitationId is { } id ? nameOfInvitation(id) : null)))
            .ToList();
    }

    /// <summary>What the check of the log found, as <see cref="ChainVerification.Summary"/> says it in Dutch.</summary>
    public static string Verified(this IStringLocalizer<TeamText> text, ChainVerification check, Func<DateTime, string> time)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(time);
        if (CurrentLanguage.Value.IsDutch)
        {
            return check.Summary(time);
        }
        var span = check.FirstUtc is { } first && check.LastUtc is { } last ? text["CheckSpan", time(first), time(last)].Value : "";
        var count = check.EntryCount == 1 ? text["CheckOnlyLine"].Value : text["CheckAllLines", check.EntryCount].Value;
        if (!check.IsValid)
        {
            var problem = check.Problem is ChainProblem.None || !Enum.IsDefined(check.Problem) ? "ProblemOther" : $"Problem{check.Problem}";
            return text["CheckBroken", text[problem].Value, count, span].Value;
        }
        if (check.EntryCount == 0)
        {
            return text["CheckEmpty"].Value;
        }
        return check.OnlyDeletion ? text["CheckOnlyDeletion"].Value : text["CheckWhole", count, span].Value;
    }

    // The same parts as AccessLogReport's line: who, what happened (to the shared plan or the Eigen Plan), and through
    // which invitation.
    private static string Sentence(this IStringLocalizer<TeamText> text, AccessLogEntry e, string? invitee)
    {
        var shared = e.InvitationId is not null || e.ClientHint == SharedPlanLogHints.SharedPlan;
        var place = shared ? "Shared" : "Own";
        var someone = invitee ?? text["LogSomeoneInvited"].Value;
        var byInvitation = e.Role is AccessRole.Reader or AccessRole.Contributor or AccessRole.Invitee;
        var who = e.Action == AccessAction.OpenFailed ? text["LogSomeone"].Value
            : e.Role == AccessRole.Owner ? text["LogYou"].Value
            : byInvitation ? text["LogInvitee", someone, text[$"AccessRole{e.Role}"].Value].Value
            : text["LogSomeone"].Value;
        var what = e.Action switch
        {
            AccessAction.Created or AccessAction.Opened or AccessAction.Saved or AccessAction.Exported or AccessAction.Printed
                or AccessAction.Deleted => text[$"Log{e.Action}{place}"].Value,
            AccessAction.OpenFailed => text["LogFailedBecause", text[$"LogOpenFailed{place}"].Value, text[FailureReason(e.ClientHint)].Value].Value,
            AccessAction.Invited => text["LogInvited", someone].Value,
            AccessAction.InvitationWithdrawn => text["LogWithdrawn", someone].Value,
            AccessAction.InvitationExtended => text["LogExtended", someone].Value,
            AccessAction.CodeChanged => text["LogCodeChanged"].Value,
            AccessAction.DeviceClosed => text["LogDeviceClosed"].Value,
            _ => text["LogUnknown"].Value,
        };
        var via = !(byInvitation && e.InvitationId is not null) ? null
            : e.Action == AccessAction.OpenFailed ? text["WithLinkFor", someone].Value
            : text["ViaInvitation", someone].Value;
        return via is null ? text["LogLine", who, what].Value : text["LogLineVia", who, what, via].Value;
    }

    private static string FailureReason(string? hint) => hint switch
    {
        SharedPlanLogHints.WithdrawnLink => "ReasonWithdrawn",
        SharedPlanLogHints.ExpiredLink => "ReasonExpired",
        SharedPlanLogHints.WrongLink => "ReasonWrongLink",
        _ => "ReasonWrongCode",
    };
}
