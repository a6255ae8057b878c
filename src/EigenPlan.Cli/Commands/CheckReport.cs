using System.Text.Encodings.Web;
using System.Text.Json;
using EigenPlan.Content;
using EigenPlan.Core.Content;

namespace EigenPlan.Cli.Commands;

/// <summary>Writes the result of a check as text for people or as JSON for other programs.</summary>
internal sealed class CheckReport(ContentSnapshot snapshot)
{
    private int Errors => snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Error);

    private int Warnings => snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Warning);

    public void WriteText(TextWriter output)
    {
        foreach (var problem in snapshot.Problems)
        {
            output.WriteLine(problem.ToString());
        }

        output.WriteLine(Summary());
    }

    /// <summary>
    /// <c>{ "problems": [ { file, line, column, severity: "error"|"warning", message } ], "summary": { … } }</c>.
    /// </summary>
    public void WriteJson(TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("problems");
            foreach (var problem in snapshot.Problems)
            {
                json.WriteStartObject();
                json.WriteString("file", problem.File);
                json.WriteNumber("line", problem.Line);
                json.WriteNumber("column", problem.Column);
                json.WriteString("severity", problem.Severity == ProblemSeverity.Error ? "error" : "warning");
                json.WriteString("message", problem.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", snapshot.FileCount);
            json.WriteNumber("formats", snapshot.Formats.Count);
            json.WriteNumber("municipalities", snapshot.Municipalities.Count);
            json.WriteNumber("errors", Errors);
            json.WriteNumber("warnings", Warnings);
            json.WriteString("text", Summary());
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>One line in Dutch, e.g. "3 bestanden gecontroleerd: 2 fouten en 1 waarschuwing. …".</summary>
    public string Summary()
    {
        var files = Plural(snapshot.FileCount, "bestand", "bestanden");
        if (Errors == 0 && Warnings == 0)
        {
            return $"Alles in orde: {files} gecontroleerd, geen fouten en geen waarschuwingen.";
        }

        var counts = $"{Plural(Errors, "fout", "fouten")} en {Plural(Warnings, "waarschuwing", "waarschuwingen")}";
        return Errors > 0
            ? $"{files} gecontroleerd: {counts}. Bestanden met fouten worden niet gebruikt."
            : $"{files} gecontroleerd: {counts}. Alle bestanden kunnen worden gebruikt.";
    }

    private static string Plural(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
