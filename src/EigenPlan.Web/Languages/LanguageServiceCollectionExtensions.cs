using System.Globalization;
using EigenPlan.Core.Languages;
using Microsoft.AspNetCore.Localization;

namespace EigenPlan.Web.Languages;

/// <summary>
/// The interface language: resx per area (<c>Resources/</c>) through <c>IStringLocalizer</c>, and the request's UI
/// culture from the language cookie only (<see cref="LanguageCookie"/>). Not from the browser's Accept-Language: Dutch
/// stays the default until the resident chooses, and a plan keeps the language it was made in.
/// </summary>
public static class LanguageServiceCollectionExtensions
{
    public static IServiceCollection AddEigenPlanLanguages(this IServiceCollection services)
    {
        services.AddLocalization();
        // Only the UI culture changes with the language: dates and numbers keep the server's formatting (Dutch pages
        // format their dates with nl-NL themselves), so choosing Arabic never brings another calendar or digits.
        var formatting = CultureInfo.CurrentCulture;
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(formatting, CultureInfo.GetCultureInfo(PlanLanguage.Dutch.Code));
            options.SupportedCultures = [formatting];
            options.SupportedUICultures = [.. PlanLanguage.All.Select(l => CultureInfo.GetCultureInfo(l.Code))];
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = LanguageCookie.Name }];
        });
        return services;
    }

    /// <summary>Sets each request's UI culture from the language cookie; before the endpoints (pages and the circuit hub).</summary>
    public static WebApplication UseEigenPlanLanguages(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }
}
