using System.Text;
using EigenPlan.Cli.Infrastructure;
using EigenPlan.Content;
using EigenPlan.Content.Hsds;

namespace EigenPlan.Cli.Commands;

/// <summary><c>eigenplan import-hsds &lt;map&gt; --id x --naam X --formaat basis -o x.yaml</c>: makes a municipality file from an HSDS package.</summary>
internal sealed class ImportHsdsCommand : ICliCommand
{
    public string Name => "import-hsds";

    public string Summary => "Maak een gemeentebestand van een Open Referral HSDS-pakket.";

    public string Usage => "eigenplan import-hsds <map> --id <id> --naam <naam> --formaat <formaat> -o <bestand.yaml> [--content <map>]";

    public string Description => """
        Leest een HSDS-datapakket (datapackage.json met CSV-bestanden) en schrijft een gemeentebestand.
        Elke dienst (service) wordt een item op de Sociale Kaart. Diensten zonder onderwerp uit het
        formaat worden overgeslagen. Ontbreekt er iets, dan staat er 'Nog niet bekend. Vul dit in.'
        en krijgt het bestand 'voorbeeld: true'. Bovenaan het bestand staat wat je nog moet nakijken.

        Controleer het bestand daarna met 'eigenplan check'.

        Voorbeeld: eigenplan import-hsds export/almere --id almere --naam Almere --formaat basis -o almere.yaml
        """;

    public IReadOnlyList<CliOption> Options { get; } =
    [
        new("--id", "<id>", "Id van de gemeente: kleine letters, cijfers en '-'. Gelijk aan de bestandsnaam."),
        new("--naam", "<naam>", "De naam van de gemeente."),
        new("--formaat", "<formaat>", "Het Eigen Plan-formaat, bijvoorbeeld basis."),
        new("--output", "<bestand>", "Het gemeentebestand dat wordt geschreven.", "-o"),
        new("--content", "<map>", "De map met content, voor het formaat (standaard: content)."),
    ];

    public int Run(ParsedArguments args, CliContext context)
    {
        var source = args.Positionals switch
        {
            [var one] => one,
            [] => throw new UsageException("Geef de map met het HSDS-pakket op."),
            _ => throw new UsageException($"Geef één map op, niet {args.Positionals.Count}."),
        };
        var id = args.Value("--id") ?? throw new UsageException("Geef het id van de gemeente op met --id <id>.");
        var name = args.Value("--naam") ?? throw new UsageException("Geef de naam van de gemeente op met --naam <naam>.");
        var formatId = args.Value("--formaat") ?? throw new UsageException("Geef het formaat op met --formaat <formaat>, bijvoorbeeld basis.");
        var output = args.Value("--output") ?? throw new UsageException("Geef het bestand op met -o <bestand.yaml>.");
        var root = args.Value("--content") ?? "content";
        if (!Directory.Exists(source))
        {
            throw new UsageException($"De map '{source}' bestaat niet.");
        }

        if (!Directory.Exists(root))
        {
            throw new UsageException($"De map '{root}' bestaat niet.");
        }

        if (new ContentCatalog(root).FindFormat(formatId) is not { } format)
        {
            throw new UsageException($"Formaat '{formatId}' bestaat niet in {Path.Combine(root, "formats")} (of heeft fouten).");
        }

        var result = HsdsImporter.Import(HsdsPackage.Read(source), id, name, format);
        File.WriteAllText(output, MunicipalityYamlWriter.Write(result.Municipality, result.Notes), new UTF8Encoding(false));
        context.Out.WriteLine($"Geschreven: {output} met {result.Municipality.SocialMap.Count} items.");
        foreach (var note in result.Notes)
        {
            context.Out.WriteLine("Let op: " + note);
        }

        context.Out.WriteLine($"Controleer het bestand: eigenplan check {root}");
        return CliApp.Ok;
    }
}
