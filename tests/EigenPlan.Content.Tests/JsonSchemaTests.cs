using System.Text.Json;

namespace EigenPlan.Content.Tests;

public class JsonSchemaTests
{
    [Theory]
    [InlineData(JsonSchemaGenerator.FormatFileName)]
    [InlineData(JsonSchemaGenerator.MunicipalityFileName)]
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
}
