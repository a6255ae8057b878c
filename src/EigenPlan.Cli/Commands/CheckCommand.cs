using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using EigenPlan.Cli.Infrastructure;
using EigenPlan.Content;
using EigenPlan.Content.Readability;

namespace EigenPlan.Cli.Commands;

/// <summary><c>eigenplan check &lt;map&gt;</c>: checks every content file and lists all problems.</summary>
internal static class CheckCommand
{
    public static Command Create(TimeProvider clock)
    {
        var root = new Argument<string>("map") { Description = "De map met content, bijvoorbeeld content." }.MustBeExistingDirectory();
        var format = new Option<string>("--format")
        {
            Description = "Hoe de uitvoer eruitziet: 'text' voor mensen of 'json' voor andere programma's.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var staleAfter = new Option<int>("--stale-after")
        {
            Description = "Waarschuw als 'laatst_gecontroleerd' langer geleden is dan dit aantal maanden.",
            HelpName = "maanden",
            DefaultValueFactory = _ => 12,
            CustomParser = ParseMonths,
        };

        var command = new DetailedCommand("check", "Controleer de content (formaten en gemeenten) en toon alle problemen.", """
            Leest alle bestanden in <map>/formats en <map>/municipalities en toont elk probleem
            als 'bestand:regel:kolom: fout|waarschuwing: uitleg', gesorteerd op bestand en regel.
            Daarna volgt één regel met het totaal.

            Vertalingen van een formaat (<map>/formats/basis.en.yaml, .tr, .pl, .ar) worden
            vergeleken met het Nederlandse bestand: een id dat ontbreekt of een woord dat niet is
            vertaald is een waarschuwing (de inwoner leest daar Nederlands); een id of veld dat het
            Nederlandse bestand niet kent (zoals een tikfout) is een fout. Een vertaling met fouten
            wordt niet gebruikt: die taal krijgt de Nederlandse woorden.

            Een fout betekent: dit bestand wordt niet gebruikt. Een waarschuwing betekent: het bestand
            wordt wel gebruikt, maar kijk er even naar (bijvoorbeeld gegevens die lang niet zijn gecontroleerd).

            Nederlandse teksten voor inwoners worden ook op taalniveau B1 gecontroleerd: zinnen van hoogstens 15 woorden,
            geen heel lange woorden, en geen moeilijke woorden uit taal/b1-woorden.yaml (met een gewoner woord
            als tip). Dat zijn altijd waarschuwingen. Zie ook: eigenplan taal <map>.

            Uitkomst: 0 als er geen fouten zijn (alleen waarschuwingen mag), 1 bij fouten,
            2 als de opdracht verkeerd is getypt.

            Voorbeeld: eigenplan check content
            """)
        {
            root,
            format,
            staleAfter,
        };
        command.SetAction(parseResult =>
        {
            var options = new ContentLoadOptions { StaleAfterMonths = parseResult.GetValue(staleAfter), Clock = clock };
            var folder = parseResult.GetRequiredValue(root);
            // B1 findings are warnings only: a municipality's file is used whatever its wording.
            var snapshot = ReadabilityWarnings.AddTo(ContentLoader.LoadDirectory(folder, options), folder);
            var report = new CheckReport(snapshot);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "json")
            {
                report.WriteJson(output);
            }
            else
            {
                report.WriteText(output);
            }

            return snapshot.HasErrors ? CliApp.Failed : CliApp.Ok;
        });
        return command;
    }

    private static int ParseMonths(ArgumentResult result)
    {
        var value = result.Tokens[0].Value;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var months) && months is > 0 and <= 1200)
        {
            return months;
        }

        result.AddError($"'{value}' is geen geldig aantal maanden voor --stale-after. Gebruik een heel getal, bijvoorbeeld 12.");
        return 0;
    }
}
