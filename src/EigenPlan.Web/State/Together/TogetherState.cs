using EigenPlan.Core.Audit;
using EigenPlan.Core.Insights;
using EigenPlan.Core.Notifications;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Web.Components.Pages.Together.Parts;
using EigenPlan.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EigenPlan.Web.State.Together;

/// <summary>Whether the shared plan is open in this circuit.</summary>
public enum TogetherOpenState
{
    Loading,
    Open,
    /// <summary>The owner has no shared plan yet.</summary>
    None,
    /// <summary>A link that does not (or no longer) work: see <see cref="TogetherState.RefusedMessage"/>.</summary>
    Refused,
}

/// <summary>
/// The shared plan of one circuit (scoped), opened by its owner (through the open Eigen Plan) or through an invitation
/// link. Pages call its methods; the store applies the Core rules for the session's role. Keys stay in the store.
/// After each change it tells everyone who has the plan open, on every instance (<see cref="ISharedPlanChanges"/>), and
/// it reloads when told, so a change made on one instance appears on the others without a reload.
/// </summary>
/// <remarks>
/// After each saved edit it reports what changed to <see cref="ISharedPlanNotifications"/> (who gets an e-mail), and a new
/// shared plan to <see cref="IInsightCounter"/>. Both are optional so the state can be built without them in tests; so
/// are the interface texts (without them, refusals and "over wie" stay in Dutch).
/// </remarks>
public sealed partial class TogetherState(
    ISharedPlanStore store, ISharedPlanChanges changes, ISharedPlanEvents events, TimeProvider time, ILogger<TogetherState> logger,
    ISharedPlanNotifications? notifications = null, IInsightCounter? insights = null, IStringLocalizer<GoalsText>? text = null)
    : IDisposable
{
    private readonly ChangeNotifier _changed = new(logger);
    // The refusal itself (and who was refused), so it is put into words in the language of the page that shows it.
    private readonly Dictionary<string, (SharedPlanEditResult Result, SharedPlanRole Role)> _errors = [];
    private IDisposable? _feedSubscription;
    private string? _openedFor;

    public TogetherOpenState OpenState { get; private set; } = TogetherOpenState.Loading;

    public SharedPlanSession? Session { get; private set; }

    /// <summary>The newest version this circuit has seen.</summary>
    public SharedPlan Plan { get; private set; } = new() { PlanId = "" };

    public string? RefusedMessage { get; private set; }

    public bool IsOwner => Session?.Role == SharedPlanRole.Owner;

    public SharedPlanRole Role => Session?.Role ?? SharedPlanRole.None;

    /// <summary>"/plan/K7P2/samen" for the owner, "/samen/uitnodiging/{invitation id}" for an invited person.</summary>
    public string BasePath { get; private set; } = "/";

    public DateOnly Today => DateOnly.FromDateTime(time.GetLocalNow().DateTime);

    public string Link(string? relativePath = null) => string.IsNullOrEmpty(relativePath) ? BasePath : $"{BasePath}/{relativePath}";

    public IDisposable Subscribe(Func<Task> listener) => _changed.Subscribe(listener);

    /// <summary>The refusal of the last change made for this field, in the interface language; null after a success.</summary>
    public string? ErrorFor(string fieldId) => _errors.TryGetValue(fieldId, out var error)
        ? text is null ? error.Result.Message ?? "Dit lukte niet." : RefusalText.For(error.Result, error.Role, text)
        : null;

    public bool Allows(SharedPlanRight right) => Role.Allows(right);

    /// <summary>Who this circuit acts as; nobody while the plan is not open.</summary>
    public SharedPlanActor Actor => Session?.Actor ?? new SharedPlanActor(SharedPlanRole.None);

    /// <summary>The owner, or someone the owner's consent rule lets mark goals reached.</summary>
    public bool MayMarkReached => SharedPlanTeamRules.MayMarkReached(Plan, Actor);

    /// <summary>The owner, or the vaste contactpersoon who works along.</summary>
    public bool MayPlanEvaluations => SharedPlanTeamRules.MayPlanEvaluations(Plan, Actor);

    public bool IsContactPerson => SharedPlanTeamRules.IsContactPerson(Plan, Actor);

    /// <summary>"Over: Noor (dochter, 14 jaar)", or "Over jou" for the person it is about; null when nobody said.</summary>
    public string? AboutText(string? about)
    {
        var mine = IsOwner ? HouseholdAbout.Owner : Plan.FindParticipant(Session?.ParticipantId)?.HouseholdMemberId;
        if (text is null)
        {
            return about is not null && about == mine ? "Over jou" : HouseholdAbout.Describe(Plan, about) is { } who ? $"Over: {who}" : null;
        }
        return about is not null && about == mine ? text["AboutYou"].Value : EvaluationWords.About(Plan, about, text) is { } named ? text["AboutWho", named].Value : null;
    }

    /// <summary>Opens the owner's shared plan once per circuit (idempotent: pages initialise twice).</summary>
    public async Task EnsureOwnerAsync(PlanState plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var key = "owner:" + plan.PlanId;
        if (_openedFor == key && OpenState != TogetherOpenState.None)
        {
            return;
        }
        _openedFor = key;
        BasePath = $"/plan/{Uri.EscapeDataString(plan.PlanId)}/samen";
        SharedPlanSession? session;
        try
        {
            session = await store.OpenAsOwnerAsync(plan.Session);
        }
        catch (PlanAccessEndedException)
        {
            // The plan was deleted, or this device was closed, since the page opened it: there is nothing to open.
            session = null;
        }
        await UseAsync(session, session is null ? TogetherOpenState.None : TogetherOpenState.Open);
    }

    /// <summary>
    /// Opens the shared plan for an invited person, once per circuit, with the link token this browser exchanged for the
    /// invitation's cookie (the URL only holds the invitation's id).
    /// </summary>
    public async Task EnsureInviteeAsync(string invitationId, string token)
    {
        var key = "link:" + invitationId;
        if (_openedFor == key)
        {
            return;
        }
        _openedFor = key;
        BasePath = InviteePath(invitationId);
        var result = await store.OpenWithInvitationAsync(token);
        if (result is InvitationOpenResult.Opened opened && opened.Session.InvitationId == invitationId)
        {
            await UseAsync(opened.Session, TogetherOpenState.Open);
        }
        else
        {
            await RefuseAsync(result is InvitationOpenResult.Opened ? new InvitationOpenResult.Unknown().Message : result.Message);
        }
    }

    /// <summary>Where an invited person's pages live: by invitation id, never by token.</summary>
    public static string InviteePath(string invitationId) => $"/samen/uitnodiging/{Uri.EscapeDataString(invitationId)}";

    /// <summary>Creates the shared plan from the owner's choices; a refusal comes back with a Dutch message.</summary>
    public async Task<SharedPlanEditResult> CreateAsync(PlanState plan, SharedPlanDraft draft)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var result = SharedPlanFactory.Create(draft, time.GetUtcNow().UtcDateTime, out var created);
        if (!result.Succeeded)
        {
            return result;
        }
        var session = await store.CreateAsync(plan.Session, created!);
        insights?.Count(plan.Content.MunicipalityId, InsightMetric.SharedPlanCreated);
        _openedFor = "owner:" + plan.PlanId;
        BasePath = $"/plan/{Uri.EscapeDataString(plan.PlanId)}/samen";
        await UseAsync(session, TogetherOpenState.Open);
        return result;
    }

    /// <summary>
    /// Applies one change through the Core rules; a refusal is remembered for the field and nothing changes. After a
    /// stored change, the events it raised go to <see cref="ISharedPlanEvents"/>.
    /// </summary>
    public async Task<SharedPlanEditResult> EditAsync(Func<SharedPlanEditor, SharedPlanEditResult> edit, string? fieldId = null)
    {
        if (Session is not { } session)
        {
            return SharedPlanEditResult.Withdrawn;
        }
        // The events the edit raised (ids only), and the facts (ids and colours only) before the edit, taken inside the
        // store's lock: they tell who to notify after it.
        IReadOnlyList<SharedPlanEvent> raised = [];
        SharedPlanFacts? before = null;
        SharedPlan? after = null;
        var result = await store.UpdateAsync(session, editor =>
        {
            before = SharedPlanFacts.Of(editor.Plan);
            var outcome = edit(editor);
            raised = [.. editor.Events];
            after = editor.Plan;
            return outcome;
        });
        if (result.Succeeded && notifications is not null && before is not null && after is not null)
        {
            await notifications.EditedAsync(before, after, session.Actor);
        }
        if (fieldId is not null)
        {
            if (result.Succeeded) { _errors.Remove(fieldId); } else { _errors[fieldId] = (result, session.Role); }
        }
        if (result.Error == SharedPlanEditError.AccessWithdrawn)
        {
            await RefuseAsync(result.Message);
            return result;
        }
        if (result.Succeeded)
        {
            LogChanged(logger, session.PlanId.Value, session.Role);
            await ReloadAsync();
            await PublishAsync(session.PlanId);
            await PublishEventsAsync(session.PlanId, raised);
        }
        await _changed.NotifyAsync();
        return result;
    }

    public void ClearError(string fieldId) => _errors.Remove(fieldId);

    public Task<InvitationCreated> InviteAsync(string participantId, InvitationRole role, DateTime? expiresUtc) =>
        store.InviteAsync(Require(), participantId, role, expiresUtc);

    public async Task<bool> WithdrawAsync(string invitationId)
    {
        var session = Require();
        var withdrawn = await store.WithdrawAsync(session, invitationId);
        await PublishAsync(session.PlanId);
        return withdrawn;
    }

    /// <summary>Lets a link work <see cref="Invitation.DefaultLifetime"/> longer from today (also a link that had expired).</summary>
    public Task<bool> ExtendAsync(string invitationId, DateTime nowUtc) =>
        store.ExtendInvitationAsync(Require(), invitationId, nowUtc + Invitation.DefaultLifetime);

    public Task<IReadOnlyList<Invitation>> ListInvitationsAsync() => store.ListInvitationsAsync(Require());

    public Task<IReadOnlyList<AccessLogEntry>> ReadAccessLogAsync(DateTime? fromUtc, DateTime? toUtc) =>
        store.ReadAccessLogAsync(Require(), fromUtc, toUtc);

    public Task RecordAsync(AccessAction action) => store.RecordAsync(Require(), action);

    /// <summary>Deletes the shared plan (owner only); the Eigen Plan stays.</summary>
    public async Task DeleteAsync()
    {
        var session = Require();
        await store.DeleteAsync(session);
        await PublishAsync(session.PlanId);
        await UseAsync(null, TogetherOpenState.None);
    }

    private async Task UseAsync(SharedPlanSession? session, TogetherOpenState state)
    {
        _feedSubscription?.Dispose();
        _feedSubscription = null;
        Session = session;
        OpenState = state;
        if (session is not null)
        {
            _feedSubscription = changes.Subscribe(session.PlanId, OnRemoteChange);
            await ReloadAsync();
        }
        await _changed.NotifyAsync();
    }

    /// <summary>
    /// Tells every circuit with this plan open, here and on the other instances. The change itself is stored: when the
    /// message cannot be sent, the others see it at their next change or page load, and the failure is logged.
    /// </summary>
    private async Task PublishAsync(PlanId planId)
    {
        try
        {
            await changes.PublishAsync(planId);
        }
        catch (StoreUnavailableException ex)
        {
            LogPublishFailed(logger, planId.Value, ex.Message);
        }
    }

    /// <summary>The change is stored; a listener that fails must not undo it or hide it from the page, so it is logged.</summary>
    private async Task PublishEventsAsync(PlanId planId, IReadOnlyList<SharedPlanEvent> raised)
    {
        if (raised.Count == 0)
        {
            return;
        }
        try
        {
            await events.PublishAsync(planId, raised);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogEventsFailed(logger, planId.Value, ex);
        }
    }

    /// <summary>
    /// Someone (in this circuit, another one, or on another instance) changed the plan. Called on the notifier's thread,
    /// which must not wait: the reload runs on, and observes and logs its own failures.
    /// </summary>
    private void OnRemoteChange() => _ = OnRemoteChangeAsync();

    private async Task OnRemoteChangeAsync()
    {
        try
        {
            await ReloadAsync();
            await _changed.NotifyAsync();
        }
        catch (StoreUnavailableException ex)
        {
            // This circuit keeps showing the version it has; the next change or page load tries again.
            LogReloadFailed(logger, Session?.PlanId.Value ?? "", ex.GetType().Name);
        }
        catch (Exception ex)
        {
            LogRemoteChangeFailed(logger, Session?.PlanId.Value ?? "", ex);
        }
    }

    private async Task ReloadAsync()
    {
        if (Session is not { } session)
        {
            return;
        }
        if (await store.LoadAsync(session) is { } plan)
        {
            Plan = plan;
        }
        else if (session.Role == SharedPlanRole.Owner)
        {
            Session = null;
            OpenState = TogetherOpenState.None;
        }
        else
        {
            await RefuseAsync(SharedPlanEditResult.Withdrawn.Message);
        }
    }

    private async Task RefuseAsync(string? message)
    {
        _feedSubscription?.Dispose();
        _feedSubscription = null;
        Session = null;
        Plan = new SharedPlan { PlanId = "" };
        RefusedMessage = message;
        OpenState = TogetherOpenState.Refused;
        await _changed.NotifyAsync();
    }

    private SharedPlanSession Require() => Session ?? throw new InvalidOperationException("The shared plan is not open.");

    public void Dispose() => _feedSubscription?.Dispose();

    // Ids and roles only: never plan content, names or tokens.
    [LoggerMessage(Level = LogLevel.Information, Message = "Shared plan {PlanId} changed by {Role}")]
    private static partial void LogChanged(ILogger logger, string planId, SharedPlanRole role);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reloading shared plan {PlanId} failed ({Error})")]
    private static partial void LogReloadFailed(ILogger logger, string planId, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Shared plan {PlanId} changed, but the others could not be told ({Problem}); they see it at their next change or page load")]
    private static partial void LogPublishFailed(ILogger logger, string planId, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Shared plan {PlanId} changed, but handing its events on failed")]
    private static partial void LogEventsFailed(ILogger logger, string planId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Showing a change of shared plan {PlanId} failed")]
    private static partial void LogRemoteChangeFailed(ILogger logger, string planId, Exception exception);
}
