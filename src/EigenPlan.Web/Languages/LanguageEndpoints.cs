using EigenPlan.Core.Languages;

namespace EigenPlan.Web.Languages;

/// <summary>
/// <c>GET /taal?code=en&amp;terug=/</c>: remembers the language in its cookie and goes back to the page (the pattern
/// the Blazor docs give for choosing a culture: a full request sets the cookie, then the page loads in that language).
/// A plain link or GET form, so it works without JavaScript and before the live connection.
/// </summary>
public static class LanguageEndpoints
{
    public const string Path = "/taal";

    /// <summary>The address that switches to <paramref name="language"/> and returns to <paramref name="returnPath"/>.</summary>
    public static string Link(PlanLanguage language, string returnPath) =>
        $"{Path}?code={Uri.EscapeDataString(language.Code)}&terug={Uri.EscapeDataString(returnPath)}";

    public static IEndpointRouteBuilder MapLanguageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext http, string? code, string? terug) =>
        {
            if (PlanLanguage.TryFind(code, out var language))
            {
                LanguageCookie.Write(http.Response, language);
            }
            // Only a path on this site: never an open redirect.
            return Results.LocalRedirect(IsLocalPath(terug) ? terug! : "/");
        });
        return endpoints;
    }

    private static bool IsLocalPath(string? path) =>
        path is { Length: > 0 } && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'));
}
