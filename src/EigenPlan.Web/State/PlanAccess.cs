using System.Security.Claims;
using EigenPlan.Core.Content;
using EigenPlan.Core.Plans;
using EigenPlan.Web.Access;
using EigenPlan.Web.State.Start;
using Microsoft.AspNetCore.Authentication;

namespace EigenPlan.Web.State;

/// <summary>
/// Starting, opening, continuing, closing and deleting a plan on this device: the one place that turns a resident's
/// sign-in into a store session. The static start pages and the plain HTTP endpoints pass their request, so signing in
/// and out sets or clears the resident cookie on that response; the circuit only opens, with the user of its connection.
/// </summary>
public sealed class PlanAccess(IPlanStore store)
{
    /// <summary>Opens the plan with the credential this user signed in with; null for no sign-in, another plan or a stale key.</summary>
    public async Task<PlanSession?> OpenAsync(ClaimsPrincipal user, string planId) =>
        ResidentPrincipal.CredentialFor(user, planId) is { } credential ? await credential.OpenAsync(store) : null;

    /// <summary>Makes the plan through the Core rules, stores it and signs this browser in; or the form's problems.</summary>
    public async Task<StartResult> StartAsync(HttpContext http, Municipality municipality, Format format, NewPlanForm form)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(form);
        var plan = new PlanContent { MunicipalityId = municipality.Id, FormatId = format.Id };
        var problems = form.Apply(new PlanEditor(plan, format, municipality));
        if (problems.Count > 0)
        {
            return new StartResult(null, problems);
        }
        // One write: the store seals the code with the new plan and gives it back to the owner on load ("Mijn code").
        var created = await store.CreateAsync(plan);
        await SignInAsync(http, DeviceCredential.For(created));
        return new StartResult(created.PlanId.ToString(), []);
    }

    /// <summary>Opens a plan with a typed code and signs this browser in for it; a refusal carries its Dutch message.</summary>
    public async Task<PlanOpenResult> ContinueAsync(HttpContext http, string? typedCode)
    {
        ArgumentNullException.ThrowIfNull(http);
        // The client's address only counts wrong attempts, in memory; it is never stored.
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "onbekend";
        var result = await store.OpenWithCodeAsync(typedCode ?? "", client);
        if (result is PlanOpenResult.Opened opened)
        {
            await SignInAsync(http, DeviceCredential.For(opened));
        }
        return result;
    }

    /// <summary>Forgets the plan on this device; the plan itself stays and opens again with the code.</summary>
    public Task CloseAsync(HttpContext http) => http.SignOutAsync(ResidentPrincipal.Scheme);

    /// <summary>Deletes the plan this browser is signed in for and signs out; false when this browser may not open it.</summary>
    public async Task<bool> DeleteAsync(HttpContext http, string planId)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (await OpenAsync(http.User, planId) is not { } session)
        {
            return false;
        }
        await store.DeleteAsync(session);
        await CloseAsync(http);
        return true;
    }

    private static Task SignInAsync(HttpContext http, DeviceCredential credential) =>
        http.SignInAsync(ResidentPrincipal.Scheme, ResidentPrincipal.Create(credential), new AuthenticationProperties { IsPersistent = true });
}

/// <summary>The outcome of the start form: the new plan's id, or the problems per field.</summary>
public sealed record StartResult(string? PlanId, IReadOnlyList<FieldProblem> Problems);
