using EigenPlan.Core.Content;

namespace EigenPlan.Content;

/// <summary>The content the app works with: the usable formats and municipalities, and the problems found loading them.</summary>
public interface IContentCatalog
{
    ContentSnapshot Current { get; }

    /// <summary>Usable municipalities, sorted by name.</summary>
    IReadOnlyList<Municipality> Municipalities { get; }

    Municipality? FindMunicipality(string id);

    Format? FindFormat(string id);

    /// <summary>The format a municipality uses.</summary>
    Format? FormatOf(Municipality m);

    IReadOnlyList<ContentProblem> Problems { get; }
}
