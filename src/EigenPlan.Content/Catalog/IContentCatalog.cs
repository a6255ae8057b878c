using EigenPlan.Core.Content;
using EigenPlan.Core.Languages;

namespace EigenPlan.Content;

/// <summary>The content the app works with: the usable formats and municipalities, and the problems found loading them.</summary>
public interface IContentCatalog
{
    /// <summary>
    /// True once the formats are read and the first load of every municipality file is done: what a readiness check
    /// asks. Until then one municipality is still served (from its own file), but the full list is not complete.
    /// </summary>
    bool IsLoaded { get; }

    /// <summary>Everything in use and every problem, as of now. Never waits: during the first load, the files read so far.</summary>
    ContentSnapshot Current { get; }

    /// <summary>
    /// Usable municipalities, sorted by name, complete: waits (without holding a thread) for the first load when it
    /// still runs, and starts it when nothing did.
    /// </summary>
    Task<IReadOnlyList<Municipality>> MunicipalitiesAsync(CancellationToken cancellationToken = default);

    /// <summary>The municipality in use; during the first load, read from its own file on demand.</summary>
    Municipality? FindMunicipality(string id);

    Format? FindFormat(string id);

    /// <summary>The format a municipality uses, in Dutch (the source).</summary>
    Format? FormatOf(Municipality m);

    /// <summary>
    /// The format a municipality uses, in <paramref name="language"/>: the Dutch format with the translated words; a
    /// word the translation lacks stays Dutch (<c>check</c> reports it). Null only when the Dutch format is missing.
    /// Dutch, and a language without a usable translation file, give the Dutch instance itself (<see
    /// cref="Format.Language"/> Dutch); a translation gives the same instance until a file changes.
    /// </summary>
    Format? FormatOf(Municipality m, PlanLanguage language);

    /// <summary>
    /// The uitlegboekje of a format (<c>content/uitleg/&lt;format&gt;.yaml</c>): explanations and worked examples; null
    /// when the format has none (or only one with errors and no earlier good version).
    /// </summary>
    FormatExplanation? ExplanationOf(Format format);

    /// <summary>
    /// The uitlegboekje of a format in <paramref name="language"/> (<c>content/uitleg/&lt;format&gt;.&lt;taal&gt;.yaml</c>
    /// on the Dutch one): a text the translation lacks stays Dutch (<c>check</c> reports it). Dutch, and a language
    /// without a usable translation file, give the Dutch uitlegboekje itself; null as <see cref="ExplanationOf(Format)"/>.
    /// </summary>
    FormatExplanation? ExplanationOf(Format format, PlanLanguage language);

    /// <summary>The problems of <see cref="Current"/>.</summary>
    IReadOnlyList<ContentProblem> Problems { get; }
}
