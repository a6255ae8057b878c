using EigenPlan.Content;
using EigenPlan.Content.Translations;
using EigenPlan.Core.Content;

namespace EigenPlan.Bench.Fuzz;

/// <summary>
/// One content file as <c>eigenplan check</c> and the app's catalog read it: YAML reader, schema, rules and mapping
/// (<see cref="ContentLoader"/>), against the bundled formats (a format's translation too). An uitleg file that loads is rendered as the app and
/// the booklet do (its Markdown); a format that loads is used to check the bundled municipalities and uitleg again,
/// so the cross-file rules meet strange formats too.
/// </summary>
internal sealed class ContentFuzzTarget : IFuzzTarget
{
    private static readonly string[] Folders = ["formats", "municipalities", ContentLoader.ExplanationFolder];
    private readonly LoadContext _context;
    private readonly IReadOnlyList<FormatExplanation> _explanations;
    private readonly ContentLoadOptions _options = new() { Clock = new FixedTime(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero)) };

    public ContentFuzzTarget(string contentRoot)
    {
        Seeds = [.. Folders.SelectMany(folder => Directory.GetFiles(Path.Combine(contentRoot, folder), "*.yaml").Order(StringComparer.Ordinal)
            .Select(path => new FuzzCase(new FuzzFile($"{folder}/{Path.GetFileName(path)}", File.ReadAllBytes(path)))))];
        var snapshot = ContentLoader.LoadDirectory(contentRoot, _options);
        _context = new LoadContext(_options);
        _context.SetFormats(snapshot.Formats);
        _explanations = snapshot.Explanations;
        Cases = new MutatedCases(Seeds, _ => Mutations.For(Snippets.Yaml));
    }

    public string Name => "content";

    public IReadOnlyList<FuzzCase> Seeds { get; }

    public CsCheck.Gen<FuzzCase> Cases { get; }

    public string Run(FuzzCase input, string workFolder)
    {
        input.WriteTo(workFolder);
        var file = input.Files[0];
        var path = Path.Combine(workFolder, file.Path);
        switch (file.Path.Split('/')[0])
        {
            case "formats" when TranslationFileName.IsTranslation(path):
                // A translation (basis.en.yaml) is checked against the bundled Dutch format, as the catalog does.
                return ContentLoader.LoadTranslation(path, _context).Value is null ? "problemen" : "geldig";
            case "formats":
                var format = ContentLoader.LoadFormat(path, _context).Value;
                if (format is not null)
                {
                    CheckOthersAgainst(format, workFolder);
                }

                return format is null ? "problemen" : "geldig";
            case "municipalities":
                return ContentLoader.LoadMunicipality(path, _context).Value is null ? "problemen" : "geldig";
            case ContentLoader.ExplanationFolder when TranslationFileName.IsTranslation(path):
                // An uitleg translation (basis.en.yaml) is checked against the bundled Dutch uitleg, as the catalog does.
                return ContentLoader.LoadExplanationTranslation(path, _explanations, _context).Value is null ? "problemen" : "geldig";
            default:
                var explanation = ContentLoader.LoadExplanation(path, _context).Value;
                if (explanation is not null)
                {
                    Render(explanation);
                }

                return explanation is null ? "problemen" : "geldig";
        }
    }

    private void CheckOthersAgainst(Format format, string workFolder)
    {
        var context = new LoadContext(_options);
        context.SetFormats([format]);
        foreach (var seed in Seeds.Where(s => !s.Files[0].Path.StartsWith("formats/", StringComparison.Ordinal)))
        {
            var path = Path.Combine(workFolder, "others", seed.Files[0].Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, seed.Files[0].Bytes);
            if (seed.Files[0].Path.StartsWith("municipalities/", StringComparison.Ordinal))
            {
                _ = ContentLoader.LoadMunicipality(path, context);
            }
            else if (TranslationFileName.IsTranslation(path))
            {
                _ = ContentLoader.LoadExplanationTranslation(path, _explanations, context);
            }
            else if (ContentLoader.LoadExplanation(path, context).Value is { } explanation)
            {
                Render(explanation);
            }
        }
    }

    private static void Render(FormatExplanation explanation)
    {
        foreach (var text in explanation.Questions.Values.Append(explanation.Intro).Append(explanation.HousesText))
        {
            _ = SafeMarkdown.ToHtml(text);
            _ = SafeMarkdown.ToPlainBlocks(text);
        }
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
