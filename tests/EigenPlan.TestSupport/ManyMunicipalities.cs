using EigenPlan.Core.Content;

namespace EigenPlan.TestSupport;

/// <summary>
/// As many municipalities as the Netherlands has (342): some real names that make searching hard (accents, hyphens,
/// apostrophes, shared beginnings) and numbered ones for the rest. For tests of the municipality search.
/// </summary>
public static class ManyMunicipalities
{
    public const int Count = 342;

    /// <summary>Real names with the cases a search has to handle.</summary>
    public static readonly IReadOnlyList<string> RealNames =
    [
        "Aa en Hunze", "Aalsmeer", "Aalten", "Almelo", "Almere", "Alphen aan den Rijn", "Alphen-Chaam", "Amersfoort",
        "Amstelveen", "Amsterdam", "Bergen (L.)", "Bergen (NH.)", "Den Helder", "'s-Gravenhage", "'s-Hertogenbosch",
        "Súdwest-Fryslân", "Noardeast-Fryslân", "Hollands Kroon", "Kapelle", "Utrecht", "Zwolle",
    ];

    /// <summary>342 municipalities sorted by name, ids in lower case without spaces (Almere has id <c>almere</c>).</summary>
    public static IReadOnlyList<Municipality> All { get; } = Build();

    /// <summary>The same names as a minimal municipality file each (no Sociale Kaart), for a content folder.</summary>
    public static string Yaml(Municipality municipality) => $"""
        id: {municipality.Id}
        naam: "{municipality.Name.Replace("\"", "\\\"", StringComparison.Ordinal)}"
        formaat: basis
        wijkteam:
          naam: Wijkteam
          contact:
            telefoon: "14 036"
        clientondersteuning:
          naam: Cliëntondersteuning
          contact:
            telefoon: "14 036"
        sociale_kaart: []
        """;

    private static List<Municipality> Build()
    {
        var names = RealNames.Concat(Enumerable.Range(1, Count - RealNames.Count).Select(i => $"Testgemeente {i:000}"));
        return [.. names.Select(name => new Municipality
        {
            Id = IdOf(name),
            Name = name,
            FormatId = "basis",
            Wijkteam = new TeamContact { Name = "Wijkteam", Contact = new ContactDetails { Phone = "14 036" } },
            ClientSupport = new TeamContact { Name = "Cliëntondersteuning", Contact = new ContactDetails { Phone = "14 036" } },
            SocialMap = [],
        }).OrderBy(m => m.Name, StringComparer.InvariantCultureIgnoreCase)];
    }

    private static string IdOf(string name) =>
        new([.. name.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);
}
