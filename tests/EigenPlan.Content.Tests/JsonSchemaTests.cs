using System.Text.Json;

namespace EigenPlan.Content.Tests;

public class JsonSchemaTests
{
    [Theory]
    [InlineData(JsonSchemaGenerator.FormatFileName)]
    [InlineData(JsonSchemaGenerator.MunicipalityFileName)]
    [InlineData(JsonSchemaGenerator.ExplanationFileName)]
    [InlineData(JsonSchemaGenerator.TranslationFileName)]
    public void CommittedSchema_IsUpToDate(string fileName)
    {
        var committed = Path.Combine(RepoRoot.Path, "content", "schema", fileName);

        Assert.True(File.Exists(committed), $"{committed} is missing. Run: dotnet run --project src/EigenPlan.Cli -- schema -o content/schema");
        Assert.True(
            JsonSchemaGenerator.GenerateAll()[fileName] == File.ReadAllText(committed).ReplaceLineEndings("\n"),
            $"{committed} is out of date. Run: dotnet run --project src/EigenPlan.Cli -- schema -o content/schema");
    }

    [Fact]
    public void MunicipalitySchema_DescribesEntriesStrictly()
    {
        using var schema = JsonDocument.Parse(JsonSchemaGenerator.GenerateAll()[JsonSchemaGenerator.MunicipalityFileName]);
        var root = schema.RootElement;

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.False(root.GetProperty("additionalProperties").GetBoolean());
        var entry = root.GetProperty("properties").GetProperty("sociale_kaart").GetProperty("items");
        Assert.False(entry.GetProperty("additionalProperties").GetBoolean());
        Assert.Contains("laatst_gecontroleerd", entry.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["professioneel", "vrijwilligers", "informeel"], entry.GetProperty("properties").GetProperty("soort").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(300, entry.GetProperty("properties").GetProperty("samenvatting").GetProperty("maxLength").GetInt32());
        Assert.Equal(4, entry.GetProperty("properties").GetProperty("contact").GetProperty("anyOf").GetArrayLength());
        Assert.StartsWith("Wat het biedt", entry.GetProperty("properties").GetProperty("samenvatting").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FormatSchema_HasCountsFromTheContentRules()
    {
        using var schema = JsonDocument.Parse(JsonSchemaGenerator.GenerateAll()[JsonSchemaGenerator.FormatFileName]);
        var house = schema.RootElement.GetProperty("properties").GetProperty("huizen");
        var topic = house.GetProperty("items").GetProperty("properties").GetProperty("onderwerpen");
        var suggestions = topic.GetProperty("items").GetProperty("properties").GetProperty("suggesties");

        Assert.Equal(8, house.GetProperty("maxItems").GetInt32());
        Assert.Equal(3, topic.GetProperty("maxItems").GetInt32());
        Assert.Equal(3, suggestions.GetProperty("minItems").GetInt32());
        Assert.Equal(6, suggestions.GetProperty("maxItems").GetInt32());
    }

    [Fact]
    public void UitlegSchema_DescribesIdKeyedGroups_AndTheUitlegFileNamesIt()
    {
        using var schema = JsonDocument.Parse(JsonSchemaGenerator.GenerateAll()[JsonSchemaGenerator.ExplanationFileName]);
        var resident = schema.RootElement.GetProperty("properties").GetProperty("personen").GetProperty("items");
        var topics = resident.GetProperty("properties").GetProperty("onderwerpen");

        Assert.Equal("object", topics.GetProperty("type").GetString());
        Assert.Equal("^[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$", topics.GetProperty("propertyNames").GetProperty("pattern").GetString());
        Assert.Equal(600, topics.GetProperty("additionalProperties").GetProperty("additionalProperties").GetProperty("maxLength").GetInt32());
        Assert.False(resident.GetProperty("additionalProperties").GetBoolean());
        Assert.StartsWith("# yaml-language-server: $schema=../schema/uitleg.schema.json",
            File.ReadAllText(Path.Combine(RepoRoot.Path, "content", "uitleg", "basis.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void MunicipalitySchema_HandInUploadPageIsHttpsOnly()
    {
        using var schema = JsonDocument.Parse(JsonSchemaGenerator.GenerateAll()[JsonSchemaGenerator.MunicipalityFileName]);
        var handIn = schema.RootElement.GetProperty("properties").GetProperty("inleveren");

        Assert.StartsWith("^https://", handIn.GetProperty("properties").GetProperty("uploadpagina").GetProperty("pattern").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, handIn.GetProperty("anyOf").GetArrayLength());
        Assert.DoesNotContain("inleveren", schema.RootElement.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }
}
