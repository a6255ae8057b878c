using System.Text.Json.Serialization;

namespace EigenPlan.Core.Plans;

// The export file's shape, kept apart from PlanContent so renaming a C# property never changes the file format.
// Keys are Dutch snake_case, like the content YAML.

internal sealed class PlanExportDocument
{
    [JsonPropertyName("formaat")] public string? Marker { get; set; }
    [JsonPropertyName("versie")] public int Version { get; set; }
    [JsonPropertyName("gemaakt_op")] public DateTimeOffset? ExportedAt { get; set; }
    [JsonPropertyName("gemeente")] public string? MunicipalityId { get; set; }
    [JsonPropertyName("plan_formaat")] public string? FormatId { get; set; }
    [JsonPropertyName("over_mij")] public AboutDocument? About { get; set; }
    [JsonPropertyName("onderwerpen")] public Dictionary<string, TopicDocument>? Topics { get; set; }
    [JsonPropertyName("huizen")] public Dictionary<string, HouseDocument>? Houses { get; set; }
    // Since version 2:
    [JsonPropertyName("ingeleverd")] public HandInDocument? HandedIn { get; set; }
    [JsonPropertyName("rondes")] public List<RoundDocument>? Rounds { get; set; }
    // Optional in version 2 (files from before languages have none: Dutch).
    [JsonPropertyName("taal")] public string? Language { get; set; }
}

internal sealed class AboutDocument
{
    [JsonPropertyName("naam")] public string? Name { get; set; }
    [JsonPropertyName("leeftijd")] public int? Age { get; set; }
    [JsonPropertyName("datum")] public DateOnly? Date { get; set; }
    [JsonPropertyName("ingevuld_door")] public string? FilledInBy { get; set; }
    [JsonPropertyName("helper")] public string? HelperName { get; set; }
}

internal sealed class TopicDocument
{
    [JsonPropertyName("smiley")] public string? SmileyId { get; set; }
    [JsonPropertyName("antwoorden")] public Dictionary<string, string>? Answers { get; set; }
    [JsonPropertyName("gekozen")] public List<string>? ChosenEntries { get; set; }
    [JsonPropertyName("overgeslagen")] public bool Skipped { get; set; }
    [JsonPropertyName("klaar")] public bool MarkedDone { get; set; }
    [JsonPropertyName("praten")] public bool TalkAbout { get; set; }
}

internal sealed class HouseDocument
{
    [JsonPropertyName("gaat_goed")] public string? GoingWell { get; set; }
    [JsonPropertyName("gaat_niet_goed")] public string? NotGoingWell { get; set; }
    [JsonPropertyName("vrije_ruimte")] public string? FreeText { get; set; }
    [JsonPropertyName("tekening")] public List<StrokeDocument>? Drawing { get; set; }
}

internal sealed class StrokeDocument
{
    [JsonPropertyName("kleur")] public string? Color { get; set; }
    [JsonPropertyName("dikte")] public float LineWidth { get; set; }
    [JsonPropertyName("punten")] public List<float>? Points { get; set; }
}

internal sealed class HandInDocument
{
    [JsonPropertyName("datum")] public DateOnly Date { get; set; }
    [JsonPropertyName("aan")] public string? To { get; set; }
}

internal sealed class RoundDocument
{
    [JsonPropertyName("datum")] public DateOnly Date { get; set; }
    [JsonPropertyName("afgesloten_op")] public DateOnly ClosedOn { get; set; }
    [JsonPropertyName("onderwerpen")] public Dictionary<string, RoundTopicDocument>? Topics { get; set; }
    [JsonPropertyName("huizen")] public Dictionary<string, RoundHouseDocument>? Houses { get; set; }
    [JsonPropertyName("ingeleverd")] public HandInDocument? HandedIn { get; set; }
}

internal sealed class RoundTopicDocument
{
    [JsonPropertyName("smiley")] public string? SmileyId { get; set; }
    [JsonPropertyName("antwoorden")] public Dictionary<string, string>? Answers { get; set; }
    [JsonPropertyName("overgeslagen")] public bool Skipped { get; set; }
    [JsonPropertyName("praten")] public bool TalkAbout { get; set; }
}

internal sealed class RoundHouseDocument
{
    [JsonPropertyName("gaat_goed")] public string? GoingWell { get; set; }
    [JsonPropertyName("gaat_niet_goed")] public string? NotGoingWell { get; set; }
    [JsonPropertyName("vrije_ruimte")] public string? FreeText { get; set; }
}
