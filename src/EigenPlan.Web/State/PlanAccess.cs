using System.Security.Claims;
using EigenPlan.Core.Content;
using EigenPlan.Core.Insights;
using EigenPlan.Core.Languages;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using EigenPlan.Web.Access;
using EigenPlan.Web.Languages;
using EigenPlan.Web.Resources;
using EigenPlan.Web.State.Start;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Localization;

namespace EigenPlan.Web.State;

/// <summary>
/// Starting, opening, continuing, closing and deleting a plan on this device, and its code and devices: the one place
/// that turns a resident's sign-in into a store session. The static forms and the plain HTTP endpoints pass their
/// request, so signing in and out sets or clears the resident cookie on that response; the circuit only opens, with the
/// user of its connection. Every form that checks a typed code is limited per client by the <c>code</c> rate-limiting
/// policy before it runs, and here slowed down per plan id after many wrong codes (<see cref="CodeAttemptLimits"/>).
/// </summary>
/// <remarks>A new plan is counted for the municipality's insight (<see cref="IInsightCounter"/>): a number, never the plan.</remarks>
public sealed class PlanAccess(IPlanStore store, CodeAttemptLimits limits, CodeShownOnce codeShownOnce, TimeProvider time,
    IInsightCounter? insights = null, IStringLocalizer<MessagesText>? messages = null)
{
    /// <summary>Opens the plan with the credential this user signed in with; null for no sign-in, another plan, or a closed or expired device.</summary>
    public async Task<PlanSession?> OpenAsync(ClaimsPrincipal user, string planId) =>
        ResidentPrincipal.CredentialFor(user, planId) is { } credential ? await store.OpenWithDeviceAsync(credential) : null;

    /// <summary>Makes the plan through the Core rules, stores it, signs this browser in and hands the code to the code page once.</summary>
    /// <remarks>The plan keeps <paramref name="language"/>, the one chosen on the start page, for every device that opens it.</remarks>
    public async Task<StartResult> StartAsync(HttpContext http, Municipality municipality, Format format, PlanLanguage language, NewPlanForm form)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(form);
        var plan = new PlanContent { MunicipalityId = municipality.Id, FormatId = format.Id };
        var editor = new PlanEditor(plan, format, municipality);
        editor.SetLanguage(language);
        var problems = form.Apply(editor, messages);
        if (problems.Count > 0)
        {
            return new StartResult(null, problems);
        }
        var created = await store.CreateAsync(plan, ThisDevice(http, form.SharedComputer));
        insights?.Count(municipality.Id, InsightMetric.PlanStarted);
        await SignInAsync(http, created.Device, form.SharedComputer);
        codeShownOnce.Write(http, created.Code, created.Device, form.SharedComputer);
        return new StartResult(created.PlanId.ToString(), []);
    }

    /// <summary>Opens a plan with a typed code and signs this browser in for it as a new device; or the Dutch reason why not.</summary>
    public async Task<CodeResult> ContinueAsync(HttpContext http, ContinueForm form)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(form);
        await SlowDownIfGuessedAsync(http, form.Code);
        var result = await store.OpenWithCodeAsync(form.Code ?? "", ThisDevice(http, form.SharedComputer));
        if (result is not PlanOpenResult.Opened opened)
        {
            return await WrongAsync(form.Code, result.Message);
        }
        await SignInAsync(http, opened.Device, form.SharedComputer);
        // The plan opens in its own language: this browser remembers it before the plan's first page loads.
        var stored = await store.LoadAsync(opened.Session);
        LanguageCookie.Write(http.Response, PlanLanguage.FromCode(stored.Content.Language));
        return CodeResult.Done(opened.PlanId.Value);
    }

    /// <summary>"Sluiten op dit apparaat": closes this device on the server (its key copy is deleted) and signs out.</summary>
    public async Task CloseAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (ResidentPrincipal.Credential(http.User) is { } credential)
        {
            if (await store.OpenWithDeviceAsync(credential) is { } session)
            {
                await store.RevokeDeviceAsync(session, session.DeviceId);
            }
            CodeShownOnce.Delete(http, credential.PlanId);
        }
        await http.SignOutAsync(ResidentPrincipal.Scheme);
    }

    /// <summary>Deletes the plan after checking the code again, then signs out.</summary>
    public async Task<CodeResult> DeleteAsync(HttpContext http, string planId, string? typedCode)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (await OpenAsync(http.User, planId) is not { } session)
        {
            return CodeResult.NotOpen;
        }
        await SlowDownIfGuessedAsync(http, typedCode);
        if (!await store.CheckCodeAsync(session, typedCode ?? ""))
        {
            return await WrongAsync(typedCode, null);
        }
        await store.DeleteAsync(session);
        CodeShownOnce.Delete(http, session.PlanId);
        await http.SignOutAsync(ResidentPrincipal.Scheme);
        return CodeResult.Done(session.PlanId.Value);
    }

    /// <summary>
    /// "Nieuwe code maken": after checking the current code, a new code for the same plan; every other device is closed,
    /// this browser is signed in with its new credential and the new code goes to the code page once.
    /// </summary>
    public async Task<CodeResult> ChangeCodeAsync(HttpContext http, string planId, string? typedCode)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (await OpenAsync(http.User, planId) is not { } session)
        {
            return CodeResult.NotOpen;
        }
        await SlowDownIfGuessedAsync(http, typedCode);
        var shared = IsSharedComputer(http.User);
        if (await store.ChangeCodeAsync(session, typedCode ?? "", ThisDevice(http, shared)) is not { } changed)
        {
            return await WrongAsync(typedCode, null);
        }
        await SignInAsync(http, changed.Device, shared);
        codeShownOnce.Write(http, changed.Code, changed.Device, shared);
        return CodeResult.Done(session.PlanId.Value);
    }

    /// <summary>The plan's devices, for <i>Mijn apparaten</i>.</summary>
    public Task<IReadOnlyList<DeviceInfo>> ListDevicesAsync(PlanSession session) => store.ListDevicesAsync(session);

    /// <summary>Closes one device of the plan from the device list; closing this one also signs out. False when it may not.</summary>
    public async Task<bool> CloseDeviceAsync(HttpContext http, string planId, string deviceId)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (await OpenAsync(http.User, planId) is not { } session)
        {
            return false;
        }
        if (deviceId == session.DeviceId)
        {
            await CloseAsync(http);
            return true;
        }
        return await store.RevokeDeviceAsync(session, deviceId);
    }

    /// <summary>True when this browser was signed in as a shared computer.</summary>
    public static bool IsSharedComputer(ClaimsPrincipal? user) =>
        user?.Identities.FirstOrDefault(i => i.IsAuthenticated && i.AuthenticationType == ResidentPrincipal.Scheme)?.FindFirst(SharedClaim)?.Value == "1";

    private const string SharedClaim = "eigenplan/shared-computer";

    /// <summary>For a plan id with many wrong codes lately, a short wait before the code is checked (never a lock).</summary>
    private async Task SlowDownIfGuessedAsync(HttpContext http, string? typedCode)
    {
        if (PersonalCode.Parse(typedCode).Code is { } code)
        {
            await limits.SlowDownIfGuessedAsync(code.PlanId.Value, http.RequestAborted);
        }
    }

    private async Task<CodeResult> WrongAsync(string? typedCode, string? message)
    {
        var parsed = PersonalCode.Parse(typedCode);
        if (parsed.Code is { } code)
        {
            // Counted even when the guesser hangs up: the count must not depend on the client waiting for it.
            await limits.CountWrongAsync(code.PlanId.Value, CancellationToken.None);
        }
        // Core says it in Dutch; the resident reads it in the language of the page.
        return CodeResult.Refused(PlanRefusalText.OfCode(parsed, message ?? parsed.Message ?? new PlanOpenResult.WrongCode().Message, messages));
    }

    private static NewDevice ThisDevice(HttpContext http, bool shared) =>
        new(DeviceLabel.FromUserAgent(http.Request.Headers.UserAgent), shared);

    /// <summary>
    /// A shared computer gets a session cookie (gone when the browser closes) that also ends after 12 hours, like its
    /// device on the server; any other browser keeps it for 90 days.
    /// </summary>
    private Task SignInAsync(HttpContext http, DeviceCredential credential, bool shared)
    {
        var principal = ResidentPrincipal.Create(credential);
        if (shared)
        {
            ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(SharedClaim, "1"));
        }
        var properties = new AuthenticationProperties { IsPersistent = !shared };
        if (shared)
        {
            properties.ExpiresUtc = time.GetUtcNow() + DeviceLifetime.Shared;
        }
        return http.SignInAsync(ResidentPrincipal.Scheme, principal, properties);
    }
}

/// <summary>The outcome of the start form: the new plan's id, or the problems per field.</summary>
public sealed record StartResult(string? PlanId, IReadOnlyList<FieldProblem> Problems);

/// <summary>The outcome of a form that checks a code: done (for this plan), or a Dutch message for the code field.</summary>
public sealed record CodeResult(string? PlanId, string? Message, bool PlanNotOpen = false)
{
    // Its words are never shown: the pages send the resident to /verder, which is in the resident's language.
    public static readonly CodeResult NotOpen = new(null, "Dit plan is op dit apparaat niet open.", PlanNotOpen: true);

    public bool Succeeded => PlanId is not null;

    public static CodeResult Done(string planId) => new(planId, null);

    public static CodeResult Refused(string message) => new(null, message);
}
