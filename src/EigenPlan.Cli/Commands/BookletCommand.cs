using System.Globalization;
using EigenPlan.Booklet;
using EigenPlan.Booklet.Model;
using EigenPlan.Cli.Infrastructure;
using EigenPlan.Content;
using EigenPlan.Core.Plans;

namespace EigenPlan.Cli.Commands;

/// <summary><c>eigenplan booklet</c>: writes the PDF booklet, blank for paper or filled from an exported plan.</summary>
internal sealed class BookletCommand : ICliCommand
{
    public string Name => "booklet";

    public string Summary => "Maak het boekje als PDF: leeg om te printen, of ingevuld uit een gedownload plan.";

    public string Usage => "eigenplan booklet --municipality <id> (--blank | --plan <bestand.json>) -o <bestand.pdf> [--content <map>]";

    public string Description => """
        Maakt het Eigen Plan-boekje als PDF, zoals het papieren boekje: voorkant, de huisjes,
        een pagina per onderwerp, vrije ruimte en tips uit de Sociale Kaart van de gemeente.

        --blank maakt een leeg boekje om op papier in te vullen.
        --plan leest een plan dat een inwoner heeft gedownload ('Download al mijn gegevens').

        Voorbeelden:
          eigenplan booklet --municipality almere --blank -o boekje.pdf
          eigenplan booklet --municipality almere --plan mijn-eigen-plan.json -o plan.pdf
        """;

    public IReadOnlyList<CliOption> Options { get; } =
    [
        new("--municipality", "<id>", "De gemeente, bijvoorbeeld 'almere' (de naam van het bestand zonder .yaml)."),
        new("--blank", null, "Maak een leeg boekje."),
        new("--plan", "<bestand.json>", "Een gedownload plan (export) om in te vullen."),
        new("--output", "<bestand.pdf>", "Waar de PDF komt.", "-o"),
        new("--content", "<map>", "De map met content (standaard: 'content')."),
        new("--date", "<jjjj-mm-dd>", "Vaste datum voor het boekje, zodat dezelfde invoer precies dezelfde PDF geeft."),
    ];

    public int Run(ParsedArguments args, CliContext context)
    {
        if (args.Positionals.Count > 0)
        {
            throw new UsageException($"Onverwacht: '{args.Positionals[0]}'. Gebruik de opties met --.");
        }
        var municipalityId = args.Value("--municipality") ?? throw new UsageException("Geef de gemeente op met --municipality, bijvoorbeeld --municipality almere.");
        var output = args.Value("--output") ?? throw new UsageException("Geef met -o op waar de PDF moet komen, bijvoorbeeld -o boekje.pdf.");
        var planFile = args.Value("--plan");
        var blank = args.Has("--blank");
        if (blank == (planFile is not null))
        {
            throw new UsageException("Kies --blank (leeg boekje) of --plan <bestand> (ingevuld boekje), niet allebei en niet geen van beide.");
        }
        var contentRoot = args.Value("--content") ?? "content";
        if (!Directory.Exists(contentRoot))
        {
            throw new UsageException($"De map '{contentRoot}' bestaat niet. Geef de content-map op met --content.");
        }

        var snapshot = ContentLoader.LoadDirectory(contentRoot, new ContentLoadOptions { Clock = context.Clock });
        if (snapshot.FindMunicipality(municipalityId) is not { } municipality || snapshot.FindFormat(municipality.FormatId) is not { } format)
        {
            context.Error.WriteLine($"De gemeente '{municipalityId}' staat niet (foutloos) in '{contentRoot}'. Controleer het met: eigenplan check {contentRoot}");
            return CliApp.Failed;
        }

        PlanContent? plan = null;
        if (planFile is not null)
        {
            if (!File.Exists(planFile))
            {
                throw new UsageException($"Het bestand '{planFile}' bestaat niet.");
            }
            using var stream = File.OpenRead(planFile);
            var imported = PlanExport.Import(stream, format, municipality);
            foreach (var warning in imported.Warnings)
            {
                context.Error.WriteLine($"waarschuwing: {warning}");
            }
            if (imported.Plan is null || imported.Errors.Count > 0)
            {
                foreach (var error in imported.Errors)
                {
                    context.Error.WriteLine($"fout: {error}");
                }
                return CliApp.Failed;
            }
            plan = imported.Plan;
        }

        var options = args.Value("--date") is { } date ? BookletOptions.Deterministic(ParseDate(date)) : new BookletOptions { Clock = context.Clock };
        var model = BookletModelFactory.Create(format, municipality, plan, options);
        using (var file = File.Create(output))
        {
            new BookletRenderer().Render(model, file);
        }
        context.Out.WriteLine($"Boekje geschreven naar {output} ({(blank ? "leeg" : "ingevuld")}, {municipality.Name}).");
        return CliApp.Ok;
    }

    private static DateTimeOffset ParseDate(string value) =>
        DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? new DateTimeOffset(date, TimeSpan.Zero)
            : throw new UsageException($"'{value}' is geen datum. Gebruik jjjj-mm-dd, bijvoorbeeld 2026-11-23.");
}
