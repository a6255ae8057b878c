using System.CommandLine;
using System.Text;
using EigenPlan.Cli.Infrastructure;
using EigenPlan.Content;
using EigenPlan.Content.Hsds;

namespace EigenPlan.Cli.Commands;

/// <summary><c>eigenplan import-hsds &lt;map&gt; --id x --naam X --formaat basis -o x.yaml</c>: makes a municipality file from an HSDS package.</summary>
internal static class ImportHsdsCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("map") { Description = "De map met het HSDS-pakket (datapackage.json en CSV-bestanden)." }.MustBeExistingDirectory();
        var id = new Option<string>("--id") { Description = "Id van de gemeente: kleine letters, cijfers en '-'. Gelijk aan de bestandsnaam.", HelpName = "id", Required = true };
        var name = new Option<string>("--naam") { Description = "De naam van de gemeente.", HelpName = "naam", Required = true };
        var formatId = new Option<string>("--formaat") { Description = "Het Eigen Plan-formaat, bijvoorbeeld basis.", HelpName = "formaat", Required = true };
        var output = SharedOptions.Output("Het gemeentebestand dat wordt geschreven.", "bestand.yaml");
        var content = SharedOptions.Content("De map met content, voor het formaat.");

        var command = new DetailedCommand("import-hsds", "Maak een gemeentebestand van een Open Referral HSDS-pakket.", """
            Leest een HSDS-datapakket (datapackage.json met CSV-bestanden) en schrijft een gemeentebestand.
            Elke dienst (service) wordt een item op de Sociale Kaart. Diensten zonder onderwerp uit het
            formaat worden overgeslagen. Ontbreekt er iets, dan staat er 'Nog niet bekend. Vul dit in.'
            en krijgt het bestand 'voorbeeld: true'. Bovenaan het bestand staat wat je nog moet nakijken.
            Pakketten van eerdere versies van export-hsds (organization.csv, service.csv, …) worden ook gelezen.

            Het pakket wordt eerst gecontroleerd. Alleen bestanden in de map van het pakket worden gelezen.
            Ids moeten uuids zijn, websites beginnen met https:// of http://, e-mailadressen en
            telefoonnummers hebben de vorm die 'eigenplan check' vraagt. Klopt er iets niet, dan wordt er
            niets geschreven en zie je elk probleem met bestand en regel.

            Controleer het bestand daarna met 'eigenplan check'.

            Voorbeeld: eigenplan import-hsds export/almere --id almere --naam Almere --formaat basis -o almere.yaml
            """)
        {
            source,
            id,
            name,
            formatId,
            output,
            content,
        };
        command.SetAction(parseResult =>
        {
            var root = parseResult.GetRequiredValue(content);
            if (new ContentCatalog(root).FindFormat(parseResult.GetRequiredValue(formatId)) is not { } format)
            {
                // Only known after reading the content, so not a parse error; still a wrong command line.
                parseResult.InvocationConfiguration.Error.WriteLine(
                    $"Formaat '{parseResult.GetValue(formatId)}' bestaat niet in {Path.Combine(root, "formats")} (of heeft fouten).");
                return CliApp.UsageError;
            }

            var read = HsdsPackage.Read(parseResult.GetRequiredValue(source));
            var result = read.Package is { } package
                ? HsdsImporter.Import(package, parseResult.GetRequiredValue(id), parseResult.GetRequiredValue(name), format)
                : null;
            if (result?.Municipality is not { } municipality)
            {
                var error = parseResult.InvocationConfiguration.Error;
                var problems = result?.Problems ?? read.Problems;
                error.WriteLine($"Het pakket in {parseResult.GetRequiredValue(source)} is niet ingelezen; er is niets geschreven. {(problems.Count == 1 ? "Er is 1 probleem" : $"Er zijn {problems.Count} problemen")}:");
                foreach (var problem in problems)
                {
                    error.WriteLine(problem);
                }

                return CliApp.Failed;
            }

            var file = parseResult.GetRequiredValue(output);
            File.WriteAllText(file, MunicipalityYamlWriter.Write(municipality, result.Notes), new UTF8Encoding(false));
            var writer = parseResult.InvocationConfiguration.Output;
            writer.WriteLine($"Geschreven: {file} met {municipality.SocialMap.Count} items.");
            foreach (var note in result.Notes)
            {
                writer.WriteLine("Let op: " + note);
            }

            writer.WriteLine($"Controleer het bestand: eigenplan check {root}");
            return CliApp.Ok;
        });
        return command;
    }
}
