using System.CommandLine;
using EigenPlan.Cli.Infrastructure;
using EigenPlan.Content;

namespace EigenPlan.Cli.Commands;

/// <summary><c>eigenplan schema -o &lt;map&gt;</c>: writes the JSON Schemas that editors use to help with content files.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var directory = SharedOptions.Output("De map waarin de schemas komen.", "map", required: false);
        directory.DefaultValueFactory = _ => "content/schema";
        var check = new Option<bool>("--check") { Description = "Schrijf niets; controleer alleen of de schemas in de map nog kloppen." };

        var command = new DetailedCommand("schema", "Schrijf de JSON Schemas voor editors (hulp bij het typen van content).", """
            Schrijft format.schema.json en municipality.schema.json. Een editor zoals VS Code
            (met de YAML-extensie) gebruikt ze om uitleg te tonen en fouten aan te wijzen terwijl je typt.
            De schemas komen uit dezelfde regels als 'eigenplan check'.

            Met --check wordt niets geschreven: de uitkomst is 1 als de bestanden niet meer kloppen.

            Voorbeeld: eigenplan schema -o content/schema
            """)
        {
            directory,
            check,
        };
        command.SetAction(parseResult =>
        {
            var folder = parseResult.GetRequiredValue(directory);
            var output = parseResult.InvocationConfiguration.Output;
            return parseResult.GetValue(check) ? Check(folder, output) : Write(folder, output);
        });
        return command;
    }

    private static int Write(string directory, TextWriter output)
    {
        foreach (var path in JsonSchemaGenerator.WriteAll(directory))
        {
            output.WriteLine($"Geschreven: {path}");
        }

        return CliApp.Ok;
    }

    private static int Check(string directory, TextWriter output)
    {
        var outdated = JsonSchemaGenerator.GenerateAll()
            .Where(file => !File.Exists(Path.Combine(directory, file.Key)) || File.ReadAllText(Path.Combine(directory, file.Key)) != file.Value)
            .Select(file => Path.Combine(directory, file.Key))
            .ToList();
        foreach (var path in outdated)
        {
            output.WriteLine($"Niet bijgewerkt: {path}. Draai 'eigenplan schema -o {directory}'.");
        }

        if (outdated.Count == 0)
        {
            output.WriteLine("De schemas zijn bijgewerkt.");
        }

        return outdated.Count == 0 ? CliApp.Ok : CliApp.Failed;
    }
}
