using EigenPlan.Core.Plans;
using EigenPlan.Web.Access;
using EigenPlan.Web.State.Pending;
using Microsoft.AspNetCore.Components.Authorization;

namespace EigenPlan.Web.State;

/// <summary>A plan opened in this circuit: the store's session, the decrypted content and the version it is.</summary>
public sealed record OpenedPlan(PlanSession Session, PlanContent Content, long Version);

/// <summary>
/// Opens the plan in the URL for the circuit, with the credential of the resident this connection was signed in as.
/// The framework carries the user of the connection into the circuit (<see cref="AuthenticationStateProvider"/>), so
/// the circuit never reads the request or its cookies; the credential never passes through the page or script.
/// </summary>
public sealed class PlanSessionOpener(
    IPlanStore store, PlanAccess access, AuthenticationStateProvider authentication, PrerenderedPlans prerendered)
{
    /// <summary>
    /// Opens the plan; with a <paramref name="prerenderToken"/> from the prerendered page, takes the plan that page
    /// opened instead of opening (and logging) it a second time.
    /// </summary>
    public async Task<OpenedPlan?> OpenAsync(string planId, string? prerenderToken = null)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        if (prerenderToken is not null && ResidentPrincipal.CredentialFor(state.User, planId) is { } device
            && prerendered.Take(prerenderToken, device) is { } taken)
        {
            return taken;
        }
        if (await access.OpenAsync(state.User, planId) is not { } session)
        {
            return null;
        }
        try
        {
            var stored = await store.LoadAsync(session);
            return new OpenedPlan(session, stored.Content, stored.Version);
        }
        catch (PlanAccessEndedException)
        {
            return null;
        }
    }

    /// <summary>Keeps a plan opened while prerendering for the circuit; the token for the page, or null.</summary>
    public string? KeepForCircuit(OpenedPlan plan) => prerendered.Keep(plan);

    /// <summary>The key of this tab's buffer of unconfirmed text (see <see cref="PendingTextKey"/>), or null without a sign-in.</summary>
    public async Task<byte[]?> PendingTextKeyAsync(string planId)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return ResidentPrincipal.CredentialFor(state.User, planId) is { } device ? PendingTextKey.Derive(device) : null;
    }

    /// <summary>Stores the content as the next version, or says which newer version another device saved first.</summary>
    public Task<SaveResult> SaveAsync(OpenedPlan plan, PlanContent content, long expectedVersion) =>
        store.SaveAsync(plan.Session, content, expectedVersion);
}
