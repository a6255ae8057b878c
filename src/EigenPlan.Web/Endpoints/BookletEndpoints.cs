using EigenPlan.Booklet;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Sections;
using EigenPlan.Content;
using EigenPlan.Core.Audit;
using EigenPlan.Core.Insights;
using EigenPlan.Core.Languages;
using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Web.State;

namespace EigenPlan.Web.Endpoints;

/// <summary>
/// PDF downloads: the resident's own booklet (needs this browser's resident sign-in; never cached), and the blank booklet
/// and the uitlegboekje (public, the same for everybody: rendered once per content version, with an ETag).
/// </summary>
public static class BookletEndpoints
{
    public static IEndpointRouteBuilder MapBookletEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/plan/{planId}/boekje.pdf", async (string planId, HttpContext context, PlanAccess access, IPlanStore store,
            IContentCatalog catalog, IBookletRenderer renderer, ISharedPlanStore shared, TimeProvider time, IInsightCounter insights) =>
        {
            if (await access.OpenAsync(context.User, planId) is not { } session)
            {
                return Results.Redirect("/verder");
            }
            var plan = (await store.LoadAsync(session)).Content;
            // The booklet comes in the plan's language, with the Dutch words beside the translated ones.
            var language = PlanLanguage.FromCode(plan.Language);
            if (catalog.FindMunicipality(plan.MunicipalityId) is not { } municipality || catalog.FormatOf(municipality, language) is not { } format)
            {
                return Results.Problem("De gegevens van je gemeente zijn nu niet beschikbaar. Probeer het later nog eens.", statusCode: 503);
            }
            var options = new BookletOptions { SiteAddress = SiteOf(context.Request), Language = language };
            var model = BookletModelFactory.Create(format, municipality, plan, options, catalog.FormatOf(municipality));
            // With a shared plan, the booklet gets its section too; printing it is logged for the shared plan as well.
            var sharedSession = await shared.OpenAsOwnerAsync(session);
            if (sharedSession is not null && await shared.LoadAsync(sharedSession) is { } sharedPlan)
            {
                model = model.WithSharedPlan(sharedPlan, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
            }
            var pdf = Render(renderer, model);
            await store.RecordAsync(session, AccessAction.Printed);
            insights.Count(municipality.Id, InsightMetric.BookletPrinted, InsightKeys.OwnBooklet);
            if (sharedSession is not null)
            {
                await shared.RecordAsync(sharedSession, AccessAction.Printed);
            }
            return Results.File(pdf, "application/pdf", $"mijn-eigen-plan-{time.GetUtcNow():yyyy-MM-dd}.pdf");
        });

        // ?taal=en gives the blank booklet in another language (Dutch for none or an unknown code).
        app.MapGet("/boekje/leeg/{municipalityId}", (string municipalityId, string? taal, HttpContext context, IContentCatalog catalog, BlankBookletCache booklets,
            IInsightCounter insights) =>
        {
            var language = PlanLanguage.FromCode(taal);
            if (catalog.FindMunicipality(municipalityId) is not { } municipality || catalog.FormatOf(municipality, language) is not { } format)
            {
                return Results.NotFound();
            }
            var booklet = booklets.Get(municipality, format, SiteOf(context.Request), language, catalog.FormatOf(municipality));
            // A browser that already has this version gets 304 and printed nothing new.
            if (!context.Request.Headers.IfNoneMatch.Contains(booklet.ETag.ToString()))
            {
                insights.Count(municipality.Id, InsightMetric.BookletPrinted, InsightKeys.BlankBooklet);
            }
            // Public and the same for everybody: caches may keep it, but must ask again (If-None-Match answers 304).
            context.Response.Headers.CacheControl = "no-cache";
            var name = language.IsDutch ? $"leeg-boekje-{municipality.Id}.pdf" : $"leeg-boekje-{municipality.Id}-{language.Code}.pdf";
            return Results.File(booklet.Pdf, "application/pdf", name, entityTag: booklet.ETag);
        });

        // The uitlegboekje: explanations with the examples of fictional residents. No plan needed; a format without an
        // uitleg file has none. Served for every municipality the blank booklet is served for, so the start page's two
        // links never disagree (hiding the template municipality is the start page's job, for both at once).
        // ?taal=en gives it in another language, as for the blank booklet (Dutch for none or an unknown code).
        app.MapGet("/uitlegboekje/{municipalityId}", (string municipalityId, string? taal, HttpContext context, IContentCatalog catalog, BlankBookletCache booklets) =>
        {
            var language = PlanLanguage.FromCode(taal);
            if (catalog.FindMunicipality(municipalityId) is not { } municipality || catalog.FormatOf(municipality, language) is not { } format
                || catalog.ExplanationOf(format, language) is not { } explanation)
            {
                return Results.NotFound();
            }
            var booklet = booklets.GetExplanation(municipality, format, explanation, SiteOf(context.Request), language);
            context.Response.Headers.CacheControl = "no-cache";
            var name = language.IsDutch ? $"uitlegboekje-{municipality.Id}.pdf" : $"uitlegboekje-{municipality.Id}-{language.Code}.pdf";
            return Results.File(booklet.Pdf, "application/pdf", name, entityTag: booklet.ETag);
        });

        return app;
    }

    /// <summary>
    /// The site's own address ("https://eigenplan.almere.nl"), for the addresses the booklets print on their last page.
    /// The host is one the app accepts (AllowedHosts; behind nginx the forwarded one).
    /// </summary>
    private static string SiteOf(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private static byte[] Render(IBookletRenderer renderer, BookletModel model)
    {
        using var stream = new MemoryStream();
        renderer.Render(model, stream);
        return stream.ToArray();
    }
}
