using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace EigenPlan.Content.Readability;

/// <summary>
/// Words a B1 reader may not know, each with a plain alternative or a short explanation, and long words that are fine
/// anyway (names, words everyone knows). Kept as data in <c>content/taal/b1-woorden.yaml</c> so editors can extend it
/// without a build; that file is also compiled in, so <c>eigenplan check</c> on any folder has the list.
/// </summary>
internal sealed class PlainWordList
{
    /// <summary>Where a content folder keeps its own list, relative to the folder.</summary>
    public const string RelativePath = "taal/b1-woorden.yaml";

    private const string ResourceName = "EigenPlan.Content.b1-woorden.yaml";

    private PlainWordList(IReadOnlyList<PlainWord> words, IReadOnlySet<string> allowedLongWords)
    {
        Words = words;
        AllowedLongWords = allowedLongWords;
    }

    public IReadOnlyList<PlainWord> Words { get; }

    /// <summary>Long words that are not flagged, compared without case.</summary>
    public IReadOnlySet<string> AllowedLongWords { get; }

    /// <summary>The list shipped with the program (a copy of <c>content/taal/b1-woorden.yaml</c>).</summary>
    public static PlainWordList Bundled { get; } = ReadBundled();

    /// <summary>The folder's own list when it has one, otherwise <see cref="Bundled"/>; a broken list is an exception
    /// with its line, so the caller can report it.</summary>
    public static PlainWordList ForContentFolder(string contentRoot)
    {
        var path = Path.Combine(contentRoot, RelativePath);
        return File.Exists(path) ? Parse(File.ReadAllText(path)) : Bundled;
    }

    /// <summary>Reads the YAML text; throws <see cref="YamlException"/> (with line and column) when it does not fit.</summary>
    public static PlainWordList Parse(string yaml)
    {
        var document = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<WordListDocument>(yaml) ?? new WordListDocument();
        var words = new List<PlainWord>();
        foreach (var entry in document.Woorden)
        {
            if (string.IsNullOrWhiteSpace(entry.Woord) || (string.IsNullOrWhiteSpace(entry.Beter) && string.IsNullOrWhiteSpace(entry.Uitleg)))
            {
                throw new YamlException($"Elk woord heeft 'woord' en 'beter' of 'uitleg' nodig ('{entry.Woord}').");
            }

            words.Add(new PlainWord(entry.Woord.Trim(), [entry.Woord.Trim(), .. entry.Ook.Select(o => o.Trim())], entry.Beter?.Trim(), entry.Uitleg?.Trim()));
        }

        return new PlainWordList(words, new HashSet<string>(document.LangeWoordenToegestaan.Select(w => w.Trim()), StringComparer.OrdinalIgnoreCase));
    }

    private static PlainWordList ReadBundled()
    {
        using var stream = typeof(PlainWordList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    // Mutable with init-less setters because YamlDotNet fills these; unknown keys still throw (no IgnoreUnmatchedProperties).
    private sealed class WordListDocument
    {
        public List<WordEntry> Woorden { get; set; } = [];

        public List<string> LangeWoordenToegestaan { get; set; } = [];
    }

    private sealed class WordEntry
    {
        public string Woord { get; set; } = "";

        public List<string> Ook { get; set; } = [];

        public string? Beter { get; set; }

        public string? Uitleg { get; set; }
    }
}

/// <summary>A word or phrase to avoid, the forms it is found in, and what to write instead or how to explain it.</summary>
internal sealed record PlainWord(string Word, IReadOnlyList<string> Forms, string? Instead, string? Explanation)
{
    private Regex? _pattern;

    /// <summary>Whole words only, any case, any run of spaces or a line break between the words of a phrase.</summary>
    public Regex Pattern => _pattern ??= new Regex(
        @"(?<![\p{L}\p{N}])(?:" + string.Join("|", Forms.OrderByDescending(f => f.Length).Select(f => Regex.Escape(f).Replace(@"\ ", @"\s+", StringComparison.Ordinal))) + @")(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The advice for a reader of the check, with <c>{gemeente}</c> filled in when the municipality is known.</summary>
    public string Advice(string? municipality)
    {
        var place = municipality ?? "je gemeente";
        return Instead is not null
            ? $"Schrijf liever '{Instead.Replace("{gemeente}", place, StringComparison.Ordinal)}'."
            : $"Schrijf het anders of leg het uit: {Explanation}.";
    }
}
