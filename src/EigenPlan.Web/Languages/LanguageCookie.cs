using EigenPlan.Core.Languages;
using Microsoft.AspNetCore.Localization;

namespace EigenPlan.Web.Languages;

/// <summary>
/// The cookie that remembers the chosen interface language in this browser. It holds only the language code (no plan,
/// no person), so it needs no consent; the privacy page says it exists. The interactive circuit takes its culture from
/// the request that opens it, which carries this cookie: that is why the language is a cookie and not only a setting.
/// </summary>
public static class LanguageCookie
{
    public const string Name = "eigenplan-taal";

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    /// <summary>Remembers <paramref name="language"/> for the following requests of this browser.</summary>
    public static void Write(HttpResponse response, PlanLanguage language)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(language);
        response.Cookies.Append(Name, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language.Code)), new CookieOptions
        {
            MaxAge = Lifetime,
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            Path = "/",
        });
    }
}
