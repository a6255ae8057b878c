using EigenPlan.Core.Languages;

namespace EigenPlan.Web.Languages;

/// <summary>Addresses of the public PDFs in a language: the one place that knows the <c>?taal=</c> query.</summary>
public static class Links
{
    /// <summary>The uitlegboekje of a municipality: Dutch without a query, another language with <c>?taal=en</c>.</summary>
    public static string ExplanationBooklet(string municipalityId, PlanLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var path = $"/uitlegboekje/{Uri.EscapeDataString(municipalityId)}";
        return language.IsDutch ? path : $"{path}?taal={language.Code}";
    }

    /// <summary>The blank booklet of a municipality, to fill in on paper: Dutch without a query, another language with <c>?taal=en</c>.</summary>
    public static string BlankBooklet(string municipalityId, PlanLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var path = $"/boekje/leeg/{Uri.EscapeDataString(municipalityId)}";
        return language.IsDutch ? path : $"{path}?taal={language.Code}";
    }
}
