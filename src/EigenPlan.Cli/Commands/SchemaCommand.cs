using EigenPlan.Cli.Infrastructure;
using EigenPlan.Content;

namespace EigenPlan.Cli.Commands;

/// <summary><c>eigenplan schema -o &lt;map&gt;</c>: writes the JSON Schemas that editors use to help with content files.</summary>
internal sealed class SchemaCommand : ICliCommand
{
    private const string DefaultOutput = "content/schema";

    public string Name => "schema";

    public string Summary => "Schrijf de JSON Schemas voor editors (hulp bij het typen van content).";

    public string Usage => "eigenplan schema [-o <map>] [--check]";

    public string Description => """
        Schrijft format.schema.json en municipality.schema.json. Een editor zoals VS Code
        (met de YAML-extensie) gebruikt ze om uitleg te tonen en fouten aan te wijzen terwijl je typt.
        De schemas komen uit dezelfde regels als 'eigenplan check'.

        Met --check wordt niets geschreven: de uitkomst is 1 als de bestanden niet meer kloppen.

        Voorbeeld: eigenplan schema -o content/schema
        """;

    public IReadOnlyList<CliOption> Options { get; } =
    [
        new("--output", "<map>", $"De map waarin de schemas komen (standaard {DefaultOutput}).", "-o"),
        new("--check", null, "Schrijf niets; controleer alleen of de schemas in de map nog kloppen."),
    ];

    public int Run(ParsedArguments args, CliContext context)
    {
        if (args.Positionals.Count > 0)
        {
            throw new UsageException($"Onverwacht argument '{args.Positionals[0]}'. Geef de map op met -o <map>.");
        }

        var directory = args.Value("--output") ?? DefaultOutput;
        if (args.Has("--check"))
        {
            return Check(directory, context);
        }

        foreach (var path in JsonSchemaGenerator.WriteAll(directory))
        {
            context.Out.WriteLine($"Geschreven: {path}");
        }

        return CliApp.Ok;
    }

    private static int Check(string directory, CliContext context)
    {
        var outdated = JsonSchemaGenerator.GenerateAll()
            .Where(file => !File.Exists(Path.Combine(directory, file.Key)) || File.ReadAllText(Path.Combine(directory, file.Key)) != file.Value)
            .Select(file => Path.Combine(directory, file.Key))
            .ToList();
        foreach (var path in outdated)
        {
            context.Out.WriteLine($"Niet bijgewerkt: {path}. Draai 'eigenplan schema -o {directory}'.");
        }

        if (outdated.Count == 0)
        {
            context.Out.WriteLine("De schemas zijn bijgewerkt.");
        }

        return outdated.Count == 0 ? CliApp.Ok : CliApp.Failed;
    }
}
