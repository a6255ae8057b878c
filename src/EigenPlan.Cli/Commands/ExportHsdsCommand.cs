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
        var province = new Option<string>("--provincie")
        {
            Description = "De provincie van de adressen (HSDS vraagt die bij elk adres), bijvoorbeeld Flevoland.",
            HelpName = "provincie",
        };
        province.CompletionSources.Add(HsdsExporter.Provinces.ToArray());
        province.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } name && HsdsExporter.Province(name) is null)
            {
                result.AddError($"'{name}' is geen provincie. Kies uit: {string.Join(", ", HsdsExporter.Provinces)}.");
            }
        });

        var command = new DetailedCommand("export-hsds", "Schrijf de Sociale Kaart van een gemeente als Open Referral HSDS-pakket.", """
            Schrijft de Sociale Kaart als HSDS 3.0-datapakket, precies zoals de standaard het beschrijft:
            datapackage.json en een CSV-bestand per tabel met de namen en kolommen van de standaard
            (organizations.csv, services.csv, locations.csv, addresses.csv, service_at_location.csv,
            contacts.csv, phones.csv, schedules.csv, taxonomies.csv, taxonomy_terms.csv, attributes.csv).
            De onderwerpen en de soort hulp zijn taxonomie-termen. Eigen kolommen staan achteraan en
            beginnen met eigenplan_. Zo kan een ander verwijssysteem de gegevens inlezen.

            Heeft de Sociale Kaart adressen, geef dan de provincie op met --provincie.
            Het gemeentebestand moet zonder fouten zijn (controleer met 'eigenplan check').

            Voorbeeld: eigenplan export-hsds --municipality almere -o export/almere
            """)
        {
            municipalityId,
            province,
            output,
            content,
        };
        command.SetAction(parseResult =>
        {
            var id = parseResult.GetRequiredValue(municipalityId);
            var error = parseResult.InvocationConfiguration.Error;
            var catalog = new ContentCatalog(parseResult.GetRequiredValue(content), new ContentLoadOptions { Clock = clock });
            if (catalog.FindMunicipality(id) is not { } municipality || catalog.FormatOf(municipality) is not { } format)
            {
                error.WriteLine($"Gemeente '{id}' kan niet worden gelezen:");
                foreach (var problem in catalog.ProblemsOf(id).DefaultIfEmpty())
                {
                    error.WriteLine(problem?.ToString() ?? $"Er is geen bestand {catalog.MunicipalityPath(id)}.");
                }

                return CliApp.Failed;
            }

            var provinceName = parseResult.GetValue(province) is { } given ? HsdsExporter.Province(given) : null;
            if (provinceName is null && HsdsExporter.NeedsProvince(municipality))
            {
                // Only known after reading the file, so not a parse error; still a wrong command line.
                error.WriteLine($"De Sociale Kaart van {municipality.Name} heeft adressen, en HSDS vraagt bij elk adres de provincie. "
                    + $"Geef die op met --provincie, bijvoorbeeld --provincie Flevoland. Kies uit: {string.Join(", ", HsdsExporter.Provinces)}.");
                return CliApp.UsageError;
            }

            var folder = parseResult.GetRequiredValue(output);
            var export = HsdsExporter.Export(municipality, format, provinceName);
            export.Package.Write(folder, $"eigenplan-{municipality.Id}", $"Sociale Kaart {municipality.Name}");
            var writer = parseResult.InvocationConfiguration.Output;
            writer.WriteLine($"HSDS-pakket geschreven in {folder}: {municipality.SocialMap.Count} diensten, {export.Package.Rows("organization").Count} organisaties.");
            foreach (var note in export.Notes)
            {
                writer.WriteLine("Let op: " + note);
            }

            return CliApp.Ok;
        });
        return command;
    }
}
