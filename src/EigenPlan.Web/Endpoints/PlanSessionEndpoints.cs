using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;
using EigenPlan.Web.Access;
using EigenPlan.Web.State;
using Microsoft.AspNetCore.Antiforgery;

namespace EigenPlan.Web.Endpoints;

/// <summary>
/// Plain HTTP endpoints around the resident's sign-in: closing needs a response that clears the cookie, and downloads
/// are ordinary requests that carry it. Closing (this device, or another from the device list) is a POST with an
/// antiforgery token, so another site can neither trigger it with a link nor with a form. Closing revokes the device on
/// the server too: a copy of the cookie opens nothing afterwards.
/// </summary>
public static class PlanSessionEndpoints
{
    public const string ClosePath = "/sessie/sluiten";

    public static string DevicesPath(string planId) => $"/plan/{Uri.EscapeDataString(planId)}/apparaten";

    public static string CloseDevicePath(string planId) => $"/plan/{Uri.EscapeDataString(planId)}/apparaten/sluiten";

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

        // "Sluit af" on the device list: another device of this plan is closed on the server; this one also signs out.
        app.MapPost("/plan/{planId}/apparaten/sluiten", async (string planId, HttpContext context, IAntiforgery antiforgery, PlanAccess access) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }
            var form = await context.Request.ReadFormAsync();
            var deviceId = form["apparaat"].ToString();
            var own = ResidentPrincipal.CredentialFor(context.User, planId)?.DeviceId == deviceId;
            if (!await access.CloseDeviceAsync(context, planId, deviceId))
            {
                return Results.Redirect("/verder");
            }
            return Results.Redirect(own ? "/" : DevicesPath(planId));
        });

        app.MapGet("/plan/{planId}/export.json", async (string planId, HttpContext context, PlanAccess access, IPlanStore store, TimeProvider time) =>
        {
            if (await access.OpenAsync(context.User, planId) is not { } session)
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
