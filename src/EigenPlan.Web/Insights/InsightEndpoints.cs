using EigenPlan.Content;
using EigenPlan.Web.Access;

namespace EigenPlan.Web.Insights;

/// <summary><c>/beheer/{gemeente}/inzicht.csv</c>: the staff page's figures as CSV, with the same suppression. Staff only.</summary>
public static class InsightEndpoints
{
    public static IEndpointRouteBuilder MapInsightEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/beheer/{municipalityId}/inzicht.csv", async (string municipalityId, IContentCatalog catalog, InsightReports reports,
            TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (catalog.FindMunicipality(municipalityId) is not { } municipality || catalog.FormatOf(municipality) is not { } format)
            {
                return Results.NotFound();
            }
            var report = await reports.BuildAsync(municipality, format, cancellationToken);
            var csv = InsightCsv.Write(report, municipality, format);
            return Results.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8",
                $"inzicht-{municipality.Id}-{time.GetUtcNow():yyyy-MM-dd}.csv");
        }).RequireAuthorization(StaffPrincipal.Policy);
        return app;
    }
}
