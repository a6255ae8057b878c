using System.CommandLine;
using EigenPlan.Cli.Infrastructure;
using EigenPlan.Content;
using EigenPlan.Content.Hsds;

namespace EigenPlan.Cli.Commands;

/// <summary><c>eigenplan export-hsds --municipality almere -o map/</c>: writes a Sociale Kaart as an Open Referral HSDS data package.</summary>
internal static class ExportHsdsCommand
{
    public static Command Create(TimeProvider clock)
    {
        var output = SharedOptions.Output("De map waarin het pakket komt.", "map");
        var content = SharedOptions.Content();
        var municipalityId = SharedOptions.Municipality(content);

        var command = new DetailedCommand("export-hsds", "Schrijf de Sociale Kaart van een gemeente als Open Referral HSDS-pakket.", """
            Schrijft de Sociale Kaart als HSDS 3.0-datapakket: datapackage.json en een CSV-bestand per tabel
            (organization, service, location, address, service_at_location, contact, phone, schedule,
            taxonomy, taxonomy_term, attribute). De onderwerpen en de soort hulp zijn taxonomie-termen.
            Zo kan een ander verwijssysteem de gegevens inlezen.

            Het gemeentebestand moet zonder fouten zijn (controleer met 'eigenplan check').

            Voorbeeld: eigenplan export-hsds --municipality almere -o export/almere
            """)
        {
            municipalityId,
            output,
            content,
        };
        command.SetAction(parseResult =>
        {
            var id = parseResult.GetRequiredValue(municipalityId);
            var catalog = new ContentCatalog(parseResult.GetRequiredValue(content), new ContentLoadOptions { Clock = clock });
            if (catalog.FindMunicipality(id) is not { } municipality || catalog.FormatOf(municipality) is not { } format)
            {
                var error = parseResult.InvocationConfiguration.Error;
                error.WriteLine($"Gemeente '{id}' kan niet worden gelezen:");
                foreach (var problem in catalog.ProblemsOf(id).DefaultIfEmpty())
                {
                    error.WriteLine(problem?.ToString() ?? $"Er is geen bestand {catalog.MunicipalityPath(id)}.");
                }

                return CliApp.Failed;
            }

            var folder = parseResult.GetRequiredValue(output);
            var package = HsdsExporter.Export(municipality, format);
            package.Write(folder, $"eigenplan-{municipality.Id}", $"Sociale Kaart {municipality.Name}");
            parseResult.InvocationConfiguration.Output.WriteLine(
                $"HSDS-pakket geschreven in {folder}: {municipality.SocialMap.Count} diensten, {package.Rows("organization").Count} organisaties.");
            return CliApp.Ok;
        });
        return command;
    }
}
