using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Web.State;

namespace EigenPlan.Web.Endpoints;

/// <summary>
/// Plain HTTP endpoints around the plan session: only an HTTP response can set or clear the HttpOnly cookie, and
/// downloads are ordinary requests that carry it.
/// </summary>
public static class PlanSessionEndpoints
{
    public static IEndpointRouteBuilder MapPlanSessionEndpoints(this IEndpointRouteBuilder app)
    {
        // A one-time ticket from the circuit becomes the device cookie; the key itself never appears in a URL.
        app.MapGet("/sessie/{ticket}", (string ticket, SessionTickets tickets, HttpResponse response) =>
        {
            if (ticket == "sluiten")
            {
                DeviceCookie.Delete(response);
                var deleted = response.HttpContext.Request.Query["verwijderd"] == "1";
                return Results.Redirect(deleted ? "/plan-verwijderd" : "/");
            }
            if (tickets.Redeem(ticket) is not { } redeemed)
            {
                return Results.Redirect("/verder?verlopen=1");
            }
            DeviceCookie.Write(response, redeemed.PlanId, redeemed.DeviceKey);
            return Results.Redirect(redeemed.ReturnPath);
        });

        app.MapGet("/plan/{planId}/export.json", async (string planId, HttpContext context, IPlanStore store, TimeProvider time) =>
        {
            if (await DeviceCookie.OpenPlanAsync(context, planId, store) is not { } session)
            {
                return Results.Redirect("/verder");
            }
            var content = (await store.LoadAsync(session)).Content;
            await store.RecordAsync(session, AccessAction.Exported);
            var json = PlanExport.ToUtf8Json(content, time.GetUtcNow());
            return Results.File(json, "application/json", $"mijn-eigen-plan-{time.GetUtcNow():yyyy-MM-dd}.json");
        });

        return app;
    }
}
