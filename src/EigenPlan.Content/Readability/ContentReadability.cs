using System.Text.RegularExpressions;
using EigenPlan.Content.Problems;
using EigenPlan.Content.Schema;
using EigenPlan.Content.Yaml;
using EigenPlan.Core.Content;

namespace EigenPlan.Content.Readability;

/// <summary>
/// Runs the B1 rules over the resident-facing texts of content files: the fields the schema marks
/// <see cref="TextSchema.ForResidents"/>, so names, ids and addresses are left alone. Findings are warnings, never
/// errors: a municipality's file keeps loading whatever its wording.
/// </summary>
internal static partial class ContentReadability
{
    /// <summary>The folders checked, with the schema of their files.</summary>
    public static readonly IReadOnlyList<(string Folder, ObjectSchema Schema)> Folders =
    [
        ("formats", ContentSchemas.Format),
        ("municipalities", ContentSchemas.Municipality),
        (ContentLoader.ExplanationFolder, ExplanationSchema.Root),
    ];

    /// <summary>Every <c>*.yaml</c> of <see cref="Folders"/> that exists, in file order, except translations (B1 is Dutch).</summary>
    public static IReadOnlyList<FileReadability> CheckFolder(string contentRoot, PlainWordList words, Func<string, bool>? include = null)
    {
        var results = new List<FileReadability>();
        foreach (var (folder, schema) in Folders)
        {
            var directory = Path.Combine(contentRoot, folder);
            if (!Directory.Exists(directory))
            {
                continue;
            }

            var files = Directory.GetFiles(directory, "*.yaml");
            Array.Sort(files, StringComparer.Ordinal);
            // The B1 rules and word list are Dutch: translations (formats/basis.en.yaml) are not read here.
            results.AddRange(files.Where(f => !Translations.TranslationFileName.IsTranslation(f) && (include?.Invoke(f) ?? true)).Select(f => CheckFile(f, schema, words)));
        }

        return results;
    }

    /// <summary>One file. A file that cannot be read gives no findings: the normal check reports why.</summary>
    public static FileReadability CheckFile(string path, ObjectSchema schema, PlainWordList words)
    {
        var raw = File.ReadAllText(path);
        var score = new ReadabilityScore();
        var findings = new List<ContentProblem>();
        if (SafeYamlReader.Read(raw, new ProblemList(path), YamlLimits.Default) is YamlMapping root)
        {
            var municipality = schema == ContentSchemas.Municipality && root["naam"] is YamlScalar name ? name.Value : null;
            var positions = new RawPositions(raw);
            var rules = new ReadabilityRules(words);
            foreach (var scalar in Texts(root, schema))
            {
                var text = WithoutLinkTargets().Replace(scalar.Value, "$1");
                foreach (var finding in rules.Check(text, score, municipality))
                {
                    var (line, column) = positions.Locate(scalar, text, finding.Offset);
                    findings.Add(new ContentProblem(path, line, column, ProblemSeverity.Warning, finding.Message));
                }
            }
        }

        return new FileReadability(path, score, findings);
    }

    /// <summary>The resident-facing scalars of a tree, walked along its schema, in file order.</summary>
    private static IEnumerable<YamlScalar> Texts(YamlNode node, SchemaType schema)
    {
        switch (schema, node)
        {
            case (TextSchema { ForResidents: true }, YamlScalar { IsNull: false } scalar):
                yield return scalar;
                break;
            case (ObjectSchema objectSchema, YamlMapping mapping):
                foreach (var entry in mapping.Entries)
                {
                    if (objectSchema.FindField(entry.Key.Value) is { } field)
                    {
                        foreach (var text in Texts(entry.Value, field.Type))
                        {
                            yield return text;
                        }
                    }
                }

                break;
            case (MapSchema map, YamlMapping mapping):
                foreach (var text in mapping.Entries.SelectMany(e => Texts(e.Value, map.Value)))
                {
                    yield return text;
                }

                break;
            case (ListSchema list, YamlSequence sequence):
                foreach (var text in sequence.Items.SelectMany(i => Texts(i, list.Item)))
                {
                    yield return text;
                }

                break;
        }
    }

    /// <summary>A Markdown link <c>[tekst](https://…)</c> is read as its text.</summary>
    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex WithoutLinkTargets();
}
