using System.Text.Json;
using EigenPlan.Content;
using EigenPlan.Core.Content;
using EigenPlan.Core.Insights;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Wizard;
using EigenPlan.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web.State;

/// <summary>Whether the plan in the URL is open in this browser.</summary>
public enum PlanOpenState
{
    Loading,
    Open,
    /// <summary>No (valid) device key for this plan in this browser, or an unknown or forged plan id.</summary>
    NotOnThisDevice,
    /// <summary>The plan's municipality or format is not in the loaded content.</summary>
    MunicipalityGone,
}

/// <summary>Where the autosave is. The page shows exactly one of these at a time.</summary>
public enum SaveStatus
{
    /// <summary>Nothing changed since the plan was opened: what the page shows is what is stored.</summary>
    Idle,
    Pending,
    Saving,
    /// <summary>The store confirmed the last change (durable on return).</summary>
    Saved,
    /// <summary>The store is unavailable; the save is tried again by itself.</summary>
    Failed,
    /// <summary>
    /// The save was refused for good (the plan was closed on this device or deleted) or broke unexpectedly: it is not
    /// tried again by itself. The text stays on the page and in the tab's buffer; the page asks to copy it.
    /// </summary>
    NotSaved,
}

/// <summary>
/// The open plan of one circuit (scoped). Pages call its edit methods; the <see cref="PlanEditor"/> in Core decides,
/// and every accepted change is saved, encrypted, after a short pause in typing (and at least every couple of seconds
/// while typing goes on). The format and municipality are captured when the plan opens, so a content reload never
/// disturbs a resident mid-journey.
/// </summary>
/// <remarks>
/// Saving runs in the background. Each background save is chained after the previous one and kept, so
/// <see cref="DisposeAsync"/> waits for it; a store that is unavailable is retried, anything else is logged.
/// A save expects the version this circuit last loaded or saved; when another device saved first, the store refuses and
/// the Core merge (<see cref="PlanMerge"/>) combines both per answer — nothing either device typed is lost — and the
/// merged plan is saved. When both changed the same text, both texts are kept and <see cref="MergeNotice"/> says so.
/// Every durable save queues which texts it stored (<see cref="TakeConfirmations"/>), so the tab can drop its copy of
/// them; what the tab still holds when a new circuit opens comes back through <see cref="RestorePending"/>.
/// </remarks>
public sealed partial class PlanState(
    PlanSessionOpener opener,
    IContentCatalog catalog,
    IOptions<PlanSaveOptions> saveOptions,
    ILogger<PlanState> logger,
    IInsightCounter? insights = null,
    IStringLocalizer<MessagesText>? messages = null) : IAsyncDisposable
{
    private readonly PlanSaveOptions _timing = saveOptions.Value;
    private readonly ChangeNotifier _changed = new(logger);
    private readonly Lock _gate = new();
    private readonly Lock _saveChain = new();
    private readonly Dictionary<string, string> _errors = [];
    private readonly SemaphoreSlim _saving = new(1, 1);
    private Timer? _saveTimer;
    private Task _backgroundSave = Task.CompletedTask;
    private volatile bool _disposing;
    private OpenPlan? _open;
    private string? _requestedId;

    public PlanOpenState OpenState { get; private set; } = PlanOpenState.Loading;

    public SaveStatus SaveStatus { get; private set; }

    /// <summary>
    /// Set when a save met changes from another device and some text now holds both versions; the page shows it until
    /// <see cref="DismissMergeNotice"/>.
    /// </summary>
    public string? MergeNotice { get; private set; }

    public string PlanId => _open?.PlanId ?? "";

    public PlanContent Content => Require().Content;

    public Format Format => Require().Format;

    public Municipality Municipality => Require().Municipality;

    public WizardRoute Route => Require().Route;

    /// <summary>The store's session of the open plan: proves ownership to the shared plan (State/Together).</summary>
    public PlanSession Session => Require().Session.Session;

    public IDisposable Subscribe(Func<Task> listener) => _changed.Subscribe(listener);

    /// <summary>A link inside the open plan, e.g. <c>Link("overzicht")</c>.</summary>
    public string Link(string relativePath) => $"/plan/{Uri.EscapeDataString(PlanId)}/{relativePath}";

    /// <summary>The last refusal message for a field, shown under it.</summary>
    public string? ErrorFor(string fieldId) => _errors.GetValueOrDefault(fieldId);

    /// <summary>
    /// Opens the plan for this browser once; idempotent, because prerendering initialises pages twice. A
    /// <paramref name="prerenderToken"/> takes the plan the prerendered page opened (see <see cref="OpenForPrerenderAsync"/>).
    /// </summary>
    public async Task EnsureOpenAsync(string planId, string? prerenderToken = null)
    {
        if (_requestedId == planId && OpenState != PlanOpenState.Loading)
        {
            return;
        }
        _requestedId = planId;
        var opened = await opener.OpenAsync(planId, prerenderToken);
        if (opened is null)
        {
            _open = null;
            OpenState = PlanOpenState.NotOnThisDevice;
        }
        else if (catalog.FindMunicipality(opened.Content.MunicipalityId) is not { } municipality
                 // The format's words in the plan's language (a word not translated yet stays Dutch).
                 || catalog.FormatOf(municipality, Core.Languages.PlanLanguage.FromCode(opened.Content.Language)) is not { } format)
        {
            _open = null;
            OpenState = PlanOpenState.MunicipalityGone;
        }
        else
        {
            _open = new OpenPlan(planId, opened, format, municipality, new WizardRoute(format));
            OpenState = PlanOpenState.Open;
            SaveStatus = SaveStatus.Idle;
        }
        await _changed.NotifyAsync();
    }

    /// <summary>
    /// Opens the plan while its page is prerendered, so the first response shows it, and keeps it for the circuit the
    /// page starts; returns the token the page persists for that circuit (null when there is nothing to hand over).
    /// </summary>
    public async Task<string?> OpenForPrerenderAsync(string planId)
    {
        await EnsureOpenAsync(planId);
        return _open is { } open ? opener.KeepForCircuit(open.Session) : null;
    }

    /// <summary>Hides the notice about texts kept twice.</summary>
    public void DismissMergeNotice()
    {
        MergeNotice = null;
        _changed.Notify();
    }

    /// <summary>Applies one edit through the Core rules; a refusal is remembered for the field and nothing changes.</summary>
    public PlanEditResult Edit(Func<PlanEditor, PlanEditResult> edit, string? fieldId = null)
    {
        var open = Require();
        PlanEditResult result;
        lock (_gate)
        {
            // Progress facts (ids and states only) before and after: the difference is what the municipality may count.
            var before = insights is null ? null : PlanFacts.Of(open.Content, open.Format);
            result = edit(new PlanEditor(open.Content, open.Format, open.Municipality));
            if (result.Succeeded && before is not null)
            {
                insights!.CountChanges(open.Municipality.Id, before, PlanFacts.Of(open.Content, open.Format));
            }
        }
        if (fieldId is not null)
        {
            if (result.Succeeded) { _errors.Remove(fieldId); } else { _errors[fieldId] = RefusalText(result)!; }
        }
        if (result.Succeeded)
        {
            ScheduleSave();
        }
        // Edits come from event handlers, which are synchronous here; the listeners' failures are logged by the notifier.
        _changed.Notify();
        return result;
    }

    /// <summary>A refusal in the resident's language (Core's Dutch message in Dutch); null for success.</summary>
    public string? RefusalText(PlanEditResult result) => PlanRefusalText.Of(result, messages);

    private static PlanContent Copy(PlanContent content) =>
        JsonSerializer.Deserialize<PlanContent>(JsonSerializer.SerializeToUtf8Bytes(content))!;

    private OpenPlan Require() => _open ?? throw new InvalidOperationException("The plan is not open.");

    /// <summary>
    /// The open plan: <see cref="Content"/> is what the pages edit, <see cref="Base"/> the content as last stored (at
    /// <see cref="Version"/>), the common ancestor for a merge.
    /// </summary>
    private sealed class OpenPlan(string planId, OpenedPlan session, Format format, Municipality municipality, WizardRoute route)
    {
        public string PlanId { get; } = planId;

        public OpenedPlan Session { get; } = session;

        public PlanContent Content { get; set; } = session.Content;

        public PlanContent Base { get; set; } = Copy(session.Content);

        public long Version { get; set; } = session.Version;

        /// <summary>Set when the store said this device may no longer save (closed, or the plan deleted).</summary>
        public bool AccessEnded { get; set; }

        public Format Format { get; } = format;

        public Municipality Municipality { get; } = municipality;

        public WizardRoute Route { get; } = route;
    }
}
