using EigenPlan.Core.Content;
using EigenPlan.Web.Languages;

namespace EigenPlan.Web.Components.Shared;

/// <summary>The <c>lang</c> for uitleg texts on a page: set only when they are not in the page's own language.</summary>
public static class ExampleLanguage
{
    /// <summary>
    /// The uitleg's language code when it differs from the page's (a language without a usable translation shows the
    /// Dutch uitleg, marked <c>lang="nl"</c> so <i>Lees voor</i> and screen readers use a Dutch voice); null otherwise,
    /// so Blazor leaves the attribute out and a translated example is never marked Dutch.
    /// </summary>
    public static string? Of(FormatExplanation? uitleg) =>
        uitleg is not null && uitleg.Language != CurrentLanguage.Value ? uitleg.Language.Code : null;
}
