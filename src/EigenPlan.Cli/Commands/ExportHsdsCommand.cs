using EigenPlan.Cli.Infrastructure;
using EigenPlan.Content;
using EigenPlan.Content.Hsds;

namespace EigenPlan.Cli.Commands;

/// <summary><c>eigenplan export-hsds --municipality almere -o map/</c>: writes a Sociale Kaart as an Open Referral HSDS data package.</summary>
internal sealed class ExportHsdsCommand : ICliCommand
{
    public string Name => "export-hsds";

    public string Summary => "Schrijf de Sociale Kaart van een gemeente als Open Referral HSDS-pakket.";

    public string Usage => "eigenplan export-hsds --municipality <id> -o <map> [--content <map>]";

    public string Description => """
        Schrijft de Sociale Kaart als HSDS 3.0-datapakket: datapackage.json en een CSV-bestand per tabel
        (organization, service, location, address, service_at_location, contact, phone, schedule,
        taxonomy, taxonomy_term, attribute). De onderwerpen en de soort hulp zijn taxonomie-termen.
        Zo kan een ander verwijssysteem de gegevens inlezen.

        Het gemeentebestand moet zonder fouten zijn (controleer met 'eigenplan check').

        Voorbeeld: eigenplan export-hsds --municipality almere -o export/almere
        """;

    public IReadOnlyList<CliOption> Options { get; } =
    [
        new("--municipality", "<id>", "De gemeente: de naam van het bestand zonder .yaml, bijvoorbeeld almere."),
        new("--output", "<map>", "De map waarin het pakket komt.", "-o"),
        new("--content", "<map>", "De map met content (standaard: content)."),
    ];

    public int Run(ParsedArguments args, CliContext context)
    {
        if (args.Positionals.Count > 0)
        {
            throw new UsageException($"Onverwacht argument '{args.Positionals[0]}'.");
        }

        var id = args.Value("--municipality") ?? throw new UsageException("Geef de gemeente op met --municipality <id>.");
        var output = args.Value("--output") ?? throw new UsageException("Geef de map voor het pakket op met -o <map>.");
        var root = args.Value("--content") ?? "content";
        if (!Directory.Exists(root))
        {
            throw new UsageException($"De map '{root}' bestaat niet.");
        }

        var catalog = new ContentCatalog(root, new ContentLoadOptions { Clock = context.Clock });
        if (catalog.FindMunicipality(id) is not { } municipality || catalog.FormatOf(municipality) is not { } format)
        {
            context.Error.WriteLine($"Gemeente '{id}' kan niet worden gelezen:");
            foreach (var problem in catalog.ProblemsOf(id).DefaultIfEmpty())
            {
                context.Error.WriteLine(problem?.ToString() ?? $"Er is geen bestand {catalog.MunicipalityPath(id)}.");
            }

            return CliApp.Failed;
        }

        var package = HsdsExporter.Export(municipality, format);
        package.Write(output, $"eigenplan-{municipality.Id}", $"Sociale Kaart {municipality.Name}");
        context.Out.WriteLine($"HSDS-pakket geschreven in {output}: {municipality.SocialMap.Count} diensten, {package.Rows("organization").Count} organisaties.");
        return CliApp.Ok;
    }
}
