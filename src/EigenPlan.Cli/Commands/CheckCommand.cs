using System.Globalization;
using EigenPlan.Cli.Infrastructure;
using EigenPlan.Content;

namespace EigenPlan.Cli.Commands;

/// <summary><c>eigenplan check &lt;map&gt;</c>: checks every content file and lists all problems.</summary>
internal sealed class CheckCommand : ICliCommand
{
    public string Name => "check";

    public string Summary => "Controleer de content (formaten en gemeenten) en toon alle problemen.";

    public string Usage => "eigenplan check <map> [--format text|json] [--stale-after <maanden>]";

    public string Description => """
        Leest alle bestanden in <map>/formats en <map>/municipalities en toont elk probleem
        als 'bestand:regel:kolom: fout|waarschuwing: uitleg', gesorteerd op bestand en regel.
        Daarna volgt één regel met het totaal.

        Een fout betekent: dit bestand wordt niet gebruikt. Een waarschuwing betekent: het bestand
        wordt wel gebruikt, maar kijk er even naar (bijvoorbeeld gegevens die lang niet zijn gecontroleerd).

        Uitkomst: 0 als er geen fouten zijn (alleen waarschuwingen mag), 1 bij fouten,
        2 als de opdracht verkeerd is getypt.

        Voorbeeld: eigenplan check content
        """;

    public IReadOnlyList<CliOption> Options { get; } =
    [
        new("--format", "text|json", "Hoe de uitvoer eruitziet: 'text' (standaard) of 'json' voor andere programma's."),
        new("--stale-after", "<maanden>", "Waarschuw als 'laatst_gecontroleerd' langer geleden is dan dit aantal maanden (standaard 12)."),
    ];

    public int Run(ParsedArguments args, CliContext context)
    {
        var root = args.Positionals switch
        {
            [] => throw new UsageException("Geef de map met content op, bijvoorbeeld: eigenplan check content"),
            [var one] => one,
            _ => throw new UsageException($"Geef één map op, niet {args.Positionals.Count}."),
        };
        if (!Directory.Exists(root))
        {
            throw new UsageException($"De map '{root}' bestaat niet.");
        }

        var format = args.Value("--format") ?? "text";
        if (format is not ("text" or "json"))
        {
            throw new UsageException($"Onbekend formaat '{format}' voor --format. Kies 'text' of 'json'.");
        }

        var options = new ContentLoadOptions { StaleAfterMonths = StaleAfter(args.Value("--stale-after")), Clock = context.Clock };
        var snapshot = ContentLoader.LoadDirectory(root, options);
        var report = new CheckReport(snapshot);
        if (format == "json")
        {
            report.WriteJson(context.Out);
        }
        else
        {
            report.WriteText(context.Out);
        }

        return snapshot.HasErrors ? CliApp.Failed : CliApp.Ok;
    }

    private static int StaleAfter(string? value)
    {
        if (value is null)
        {
            return 12;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var months) && months is > 0 and <= 1200
            ? months
            : throw new UsageException($"'{value}' is geen geldig aantal maanden voor --stale-after. Gebruik een heel getal, bijvoorbeeld 12.");
    }
}
