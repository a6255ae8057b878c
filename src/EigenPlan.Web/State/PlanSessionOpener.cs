using EigenPlan.Core.Plans;

namespace EigenPlan.Web.State;

/// <summary>A plan opened in this circuit: the store's session and the decrypted content.</summary>
public sealed record OpenedPlan(PlanSession Session, PlanContent Content, long Version);

/// <summary>
/// Opens the plan in the URL with the device key this browser keeps in its HttpOnly cookie. The cookie travels with
/// the circuit's own connection, so it is read from there; it never passes through the page or script.
/// </summary>
public sealed class PlanSessionOpener(IPlanStore store, IHttpContextAccessor http)
{
    public async Task<OpenedPlan?> OpenAsync(string planId)
    {
        var session = await DeviceCookie.OpenPlanAsync(http.HttpContext, planId, store);
        if (session is null)
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

    public Task<SaveResult> SaveAsync(OpenedPlan plan, PlanContent content, long expectedVersion) =>
        store.SaveAsync(plan.Session, content, expectedVersion);

    public Task DeleteAsync(OpenedPlan plan) => store.DeleteAsync(plan.Session);
}
