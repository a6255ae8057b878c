using System.Text.Json;
using System.Text.Json.Nodes;
using EigenPlan.Content.Schema;
using EigenPlan.Core.Content;
using Json.Schema;

namespace EigenPlan.Content.Tests.Schema;

/// <summary>
/// <c>eigenplan check</c> and the generated JSON Schemas agree on every field: for each field of the declarative
/// schema (<see cref="ContentSchemas"/>) a file with a value of the wrong type, and one with only spaces, is reported
/// by check at that value's line and column, and rejected by the JSON Schema (JsonSchema.Net, draft 2020-12) — the
/// file read the way an editor reads it (YAML 1.2 core schema).
/// </summary>
public sealed class CheckAndJsonSchemaAgreeTests
{
    /// <summary>A wrong value as written in YAML, and the JSON an editor makes of it.</summary>
    private sealed record Variant(string Yaml, JsonNode? Json, string Expect);

    private const string TypeMessage = "hoort";
    private const string BlankMessage = "alleen spaties";

    private static Variant[] WrongValues(SchemaType type) => type switch
    {
        TextSchema =>
        [
            new("42", 42, TypeMessage), new("4.5", 4.5, TypeMessage), new("true", true, TypeMessage), new("[tekst]", new JsonArray("tekst"), TypeMessage),
            new("{a: b}", new JsonObject { ["a"] = "b" }, TypeMessage), new("\"   \"", "   ", BlankMessage), new("\"\\t \\u00A0\"", "\t \u00A0", BlankMessage),
        ],
        IntegerSchema => [new("\"3\"", "3", TypeMessage), new("2.5", 2.5, TypeMessage), new("true", true, TypeMessage), new("[3]", new JsonArray(3), TypeMessage), new("drie", "drie", TypeMessage)],
        BooleanSchema => [new("\"true\"", "true", TypeMessage), new("ja", "ja", TypeMessage), new("1", 1, TypeMessage), new("[true]", new JsonArray(true), TypeMessage)],
        ListSchema => [new("tekst", "tekst", TypeMessage), new("42", 42, TypeMessage), new("{a: b}", new JsonObject { ["a"] = "b" }, TypeMessage)],
        ObjectSchema => [new("tekst", "tekst", TypeMessage), new("42", 42, TypeMessage), new("[a]", new JsonArray("a"), TypeMessage)],
        _ => throw new InvalidOperationException(type.GetType().Name),
    };

    [Fact]
    public void FormatFile_EveryFieldWithAWrongTypeOrOnlySpaces_CheckAndSchemaBothRefuseIt() =>
        AssertEveryField(ContentSchemas.Format, JsonSchemaGenerator.FormatFileName, Path.Combine(ContentFixtures.Folder, "valid", "formats", "basis.yaml"), "formats");

    [Fact]
    public void MunicipalityFile_EveryFieldWithAWrongTypeOrOnlySpaces_CheckAndSchemaBothRefuseIt() =>
        AssertEveryField(ContentSchemas.Municipality, JsonSchemaGenerator.MunicipalityFileName, Path.Combine(ContentFixtures.Folder, "valid", "municipalities", "teststad.yaml"), "municipalities",
            // The valid fixture leaves out the optional hand-in block; the walk needs every field present once.
            baseline => baseline["inleveren"] = new JsonObject
            {
                ["email"] = "eigenplan@teststad.nl",
                ["postadres"] = "Gemeente Teststad, Postbus 1, 1234 AA Teststad",
                ["uploadpagina"] = "https://www.teststad.nl/eigen-plan",
                ["telefoon"] = "14 036",
                ["wanneer"] = "Lever je plan in als je hulp vraagt.",
            });

    [Fact]
    public void TranslationFile_EveryFieldWithAWrongTypeOrOnlySpaces_CheckAndSchemaBothRefuseIt() =>
        AssertEveryField(TranslationSchema.Root, JsonSchemaGenerator.TranslationFileName, Path.Combine(RepoRoot.Content, "formats", "basis.en.yaml"), "formats");

    [Theory]
    [InlineData("naam: 42", 2, 7, "Bij 'naam' hoort tekst, maar hier staat het getal 42. Bedoel je tekst? Zet die dan tussen aanhalingstekens: \"42\".")]
    [InlineData("naam: \"   \"", 2, 7, "'naam' bevat alleen spaties. Vul tekst in of haal het veld weg.")]
    public void Check_NameThatIsANumberOrOnlySpaces_SaysWhatIsWrongInDutch(string line, int row, int column, string message)
    {
        using var folder = TempContent.WithValidFormat();
        folder.WriteMunicipality("teststad", File.ReadAllText(Path.Combine(ContentFixtures.Folder, "valid", "municipalities", "teststad.yaml")).Replace("naam: Teststad", line, StringComparison.Ordinal));

        var problem = ContentLoader.LoadDirectory(folder.Root, ContentFixtures.Options).At(row, column);

        Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void OptionalFieldLeftEmpty_CheckAndSchemaBothAcceptIt()
    {
        var baseline = YamlJson.Read(Path.Combine(ContentFixtures.Folder, "valid", "municipalities", "teststad.yaml"));
        baseline["wijkteam"]!["omschrijving"] = YamlJson.Marker;

        var (problems, _) = Check(baseline, "", "municipalities", JsonSchemaGenerator.MunicipalityFileName);
        baseline["wijkteam"]!["omschrijving"] = null;

        Assert.DoesNotContain(problems, p => p.Severity == ProblemSeverity.Error);
        Assert.True(Schema(JsonSchemaGenerator.MunicipalityFileName).Evaluate(ToElement(baseline)).IsValid);
    }

    [Fact]
    public void OptionalFieldWithEmptyQuotes_CheckAndSchemaBothRefuseIt()
    {
        var baseline = YamlJson.Read(Path.Combine(ContentFixtures.Folder, "valid", "municipalities", "teststad.yaml"));
        baseline["wijkteam"]!["omschrijving"] = YamlJson.Marker;

        var (problems, position) = Check(baseline, "\"\"", "municipalities", JsonSchemaGenerator.MunicipalityFileName);
        baseline["wijkteam"]!["omschrijving"] = "";

        var problem = Assert.Single(problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal((position.Line, 3, "'omschrijving' is leeg. Vul iets in of haal het veld weg."), (problem.Line, problem.Column, problem.Message));
        Assert.False(Schema(JsonSchemaGenerator.MunicipalityFileName).Evaluate(ToElement(baseline)).IsValid);
    }

    private static void AssertEveryField(ObjectSchema root, string schemaFile, string validFile, string folder, Action<JsonObject>? complete = null)
    {
        var baseline = YamlJson.Read(validFile);
        complete?.Invoke((JsonObject)baseline);
        var (baselineProblems, _) = Check(baseline.DeepClone(), null, folder, schemaFile);
        Assert.DoesNotContain(baselineProblems, p => p.Severity == ProblemSeverity.Error);
        Assert.True(Schema(schemaFile).Evaluate(ToElement(baseline)).IsValid, "the valid fixture must pass the generated schema");

        var failures = new List<string>();
        var visited = new HashSet<Field>(ReferenceEqualityComparer.Instance);
        var cases = 0;
        foreach (var (path, type, set) in Places(root, baseline, "", visited))
        {
            foreach (var variant in WrongValues(type))
            {
                cases++;
                var document = baseline.DeepClone();
                set(document, YamlJson.Marker);
                var (problems, position) = Check(document, variant.Yaml, folder, schemaFile);
                if (!problems.Any(p => p.Severity == ProblemSeverity.Error && (p.Line, p.Column) == position && p.Message.Contains(variant.Expect, StringComparison.Ordinal)))
                {
                    failures.Add($"{path}: {variant.Yaml}: check did not report it at {position.Line}:{position.Column} ({string.Join(" | ", problems.Select(p => $"{p.Line}:{p.Column} {p.Message}"))})");
                }

                set(document, variant.Json?.DeepClone());
                if (Schema(schemaFile).Evaluate(ToElement(document)).IsValid)
                {
                    failures.Add($"{path}: {variant.Yaml}: the JSON Schema accepts it");
                }
            }
        }

        var missed = AllFields(root).Where(f => !visited.Contains(f)).Select(f => f.Key).ToList();
        Assert.True(missed.Count == 0, "fields not walked: " + string.Join(", ", missed));
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases disagree:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// Every place a field's value can be replaced: each field of each group (the first item of a list stands for all
    /// of them), optional fields that the fixture leaves out included, and the first item of every list.
    /// </summary>
    private static IEnumerable<(string Path, SchemaType Type, Action<JsonNode, JsonNode?> Set)> Places(ObjectSchema schema, JsonNode baseline, string path, HashSet<Field> visited)
    {
        foreach (var field in schema.Fields)
        {
            visited.Add(field);
            var fieldPath = path + field.Key;
            var key = field.Key;
            yield return (fieldPath, field.Type, (doc, value) => Parent(doc, path)[key] = value);
            var value = Parent(baseline, path)[key];
            if (field.Type is ObjectSchema inner && value is JsonObject)
            {
                foreach (var place in Places(inner, baseline, fieldPath + ".", visited))
                {
                    yield return place;
                }
            }
            else if (field.Type is ListSchema list && value is JsonArray { Count: > 0 })
            {
                var itemPath = fieldPath + "[0]";
                yield return (itemPath, list.Item, (doc, v) => ((JsonArray)Parent(doc, path)[key]!)[0] = v);
                if (list.Item is ObjectSchema item)
                {
                    foreach (var place in Places(item, baseline, itemPath + ".", visited))
                    {
                        yield return place;
                    }
                }
            }
        }
    }

    /// <summary>The group at a path like "huizen[0].onderwerpen[0]." in a document.</summary>
    private static JsonObject Parent(JsonNode document, string path)
    {
        var node = document;
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            node = bracket < 0 ? node[part]! : node[part[..bracket]]![int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
        }

        return (JsonObject)node;
    }

    private static IEnumerable<Field> AllFields(SchemaType type) => type switch
    {
        ObjectSchema obj => obj.Fields.SelectMany(f => AllFields(f.Type).Prepend(f)),
        ListSchema list => AllFields(list.Item),
        _ => [],
    };

    /// <summary>Writes the document (the marker as <paramref name="raw"/>) as the only file of its kind and runs the checker.</summary>
    private static (IReadOnlyList<ContentProblem> Problems, (int Line, int Column) Position) Check(JsonNode document, string? raw, string folder, string schemaFile)
    {
        using var content = schemaFile == JsonSchemaGenerator.MunicipalityFileName ? TempContent.WithValidFormat() : new TempContent();
        var translation = schemaFile == JsonSchemaGenerator.TranslationFileName;
        if (translation)
        {
            // A translation is checked against its Dutch format: the bundled one, which the bundled translation fits.
            File.Copy(Path.Combine(RepoRoot.Content, "formats", "basis.yaml"), Path.Combine(content.Formats, "basis.yaml"));
        }

        var (text, line, column) = YamlJson.Write(document, raw ?? "");
        var file = Path.Combine(content.Root, folder, (translation ? "basis.en" : folder == "formats" ? "basis" : "teststad") + ".yaml");
        File.WriteAllText(file, text);
        var snapshot = ContentLoader.LoadDirectory(content.Root, ContentFixtures.Options);
        return ([.. snapshot.Problems.Where(p => p.File == file)], (line, column));
    }

    private static readonly Dictionary<string, JsonSchema> Schemas = [];

    private static JsonSchema Schema(string file)
    {
        lock (Schemas)
        {
            return Schemas.TryGetValue(file, out var schema)
                ? schema
                : Schemas[file] = JsonSchema.FromText(JsonSchemaGenerator.GenerateAll()[file], new BuildOptions { SchemaRegistry = new SchemaRegistry() }, new Uri($"https://eigenplan.test/{file}"));
        }
    }

    private static JsonElement ToElement(JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement.Clone();
}
