using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Web.State;
using Microsoft.AspNetCore.Antiforgery;

namespace EigenPlan.Web.Endpoints;

/// <summary>
/// Plain HTTP endpoints around the resident's sign-in: closing and deleting need a response that clears the cookie,
/// and downloads are ordinary requests that carry it. Closing and deleting are POSTs with an antiforgery token, so
/// another site can neither trigger them with a link nor with a form.
/// </summary>
public static class PlanSessionEndpoints
{
    public const string ClosePath = "/sessie/sluiten";

    public static string DeletePath(string planId) => $"/plan/{Uri.EscapeDataString(planId)}/verwijderen";

    public static IEndpointRouteBuilder MapPlanSessionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(ClosePath, async (HttpContext context, IAntiforgery antiforgery, PlanAccess access) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }
            await access.CloseAsync(context);
            return Results.Redirect("/");
        });

        app.MapPost("/plan/{planId}/verwijderen", async (string planId, HttpContext context, IAntiforgery antiforgery, PlanAccess access) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }
            return await access.DeleteAsync(context, planId) ? Results.Redirect("/plan-verwijderd") : Results.Redirect("/verder");
        });

        app.MapGet("/plan/{planId}/export.json", async (string planId, HttpContext context, PlanAccess access, IPlanStore store, TimeProvider time) =>
        {
            if (await access.OpenAsync(context.User, planId) is not { } session)
            {
                return Results.Redirect("/verder");
            }
            var content = await store.LoadAsync(session);
            await store.RecordAsync(session, AccessAction.Exported);
            var json = PlanExport.ToUtf8Json(content, time.GetUtcNow());
            return Results.File(json, "application/json", $"mijn-eigen-plan-{time.GetUtcNow():yyyy-MM-dd}.json");
        });

        return app;
    }
}
