namespace EigenPlan.Booklet.Model;

/// <summary>Fixed texts and addresses the booklets share, so the cover, the footer and the last page say the same.</summary>
public static class BookletNotices
{
    /// <summary>On the cover and in the footer of every page when the municipality's data is a sample.</summary>
    public const string SampleData = "Voorbeeldgegevens — nog niet gecontroleerd door de gemeente";

    /// <summary>The page for client supporters and professionals in the web app.</summary>
    public const string ForSupportersPath = "/voor-clientondersteuners";

    /// <summary>The blank booklet of a municipality in the web app.</summary>
    public static string BlankBookletPath(string municipalityId) => $"/boekje/leeg/{Uri.EscapeDataString(municipalityId)}";

    /// <summary>
    /// The full address of a page when the site's address is known ("https://eigenplan.almere.nl/voor-clientondersteuners"),
    /// otherwise null: a path alone means nothing on paper.
    /// </summary>
    public static string? Address(BookletOptions options, string path) =>
        options.SiteAddress is { } site ? site + path : null;
}
