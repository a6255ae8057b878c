using EigenPlan.Core.Plans;
using Microsoft.AspNetCore.Components.Authorization;

namespace EigenPlan.Web.State;

/// <summary>A plan opened in this circuit: the store's session and the decrypted content.</summary>
public sealed record OpenedPlan(PlanSession Session, PlanContent Content);

/// <summary>
/// Opens the plan in the URL for the circuit, with the credential of the resident this connection was signed in as.
/// The framework carries the user of the connection into the circuit (<see cref="AuthenticationStateProvider"/>), so
/// the circuit never reads the request or its cookies; the credential never passes through the page or script.
/// </summary>
public sealed class PlanSessionOpener(IPlanStore store, PlanAccess access, AuthenticationStateProvider authentication)
{
    public async Task<OpenedPlan?> OpenAsync(string planId)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        if (await access.OpenAsync(state.User, planId) is not { } session)
        {
            return null;
        }
        try
        {
            return new OpenedPlan(session, await store.LoadAsync(session));
        }
        catch (PlanNotFoundException)
        {
            return null;
        }
    }

    public Task SaveAsync(OpenedPlan plan, PlanContent content) => store.SaveAsync(plan.Session, content);
}
