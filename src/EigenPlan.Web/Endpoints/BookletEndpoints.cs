using EigenPlan.Booklet;
using EigenPlan.Booklet.Model;
using EigenPlan.Content;
using EigenPlan.Core.Audit;
using EigenPlan.Core.Plans;

namespace EigenPlan.Web.Endpoints;

/// <summary>PDF downloads: the resident's own booklet (needs this browser's device cookie) and the blank booklet.</summary>
public static class BookletEndpoints
{
    public static IEndpointRouteBuilder MapBookletEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/plan/{planId}/boekje.pdf", async (string planId, HttpContext context, IPlanStore store,
            IContentCatalog catalog, IBookletRenderer renderer, TimeProvider time) =>
        {
            if (await PlanSessionEndpoints.OpenFromCookieAsync(planId, context, store) is not { } session)
            {
                return Results.Redirect("/verder");
            }
            var plan = await store.LoadAsync(session);
            if (catalog.FindMunicipality(plan.MunicipalityId) is not { } municipality || catalog.FormatOf(municipality) is not { } format)
            {
                return Results.Problem("De gegevens van je gemeente zijn nu niet beschikbaar. Probeer het later nog eens.", statusCode: 503);
            }
            var pdf = Render(renderer, BookletModelFactory.Create(format, municipality, plan, new BookletOptions()));
            await store.RecordAsync(session, AccessAction.Printed);
            return Results.File(pdf, "application/pdf", $"mijn-eigen-plan-{time.GetUtcNow():yyyy-MM-dd}.pdf");
        });

        app.MapGet("/boekje/leeg/{municipalityId}", (string municipalityId, IContentCatalog catalog, IBookletRenderer renderer) =>
        {
            if (catalog.FindMunicipality(municipalityId) is not { } municipality || catalog.FormatOf(municipality) is not { } format)
            {
                return Results.NotFound();
            }
            var pdf = Render(renderer, BookletModelFactory.Create(format, municipality, null, new BookletOptions()));
            return Results.File(pdf, "application/pdf", $"leeg-boekje-{municipality.Id}.pdf");
        });

        return app;
    }

    private static byte[] Render(IBookletRenderer renderer, BookletModel model)
    {
        using var stream = new MemoryStream();
        renderer.Render(model, stream);
        return stream.ToArray();
    }
}
