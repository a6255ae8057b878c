using System.Globalization;
using System.Text;

namespace EigenPlan.Bench;

/// <summary>
/// Writes a national-scale content folder for benchmarks and tests (never bundled): the real <c>basis</c> format and
/// <c>gemeente-001.yaml</c> … one file per municipality, each with a Sociale Kaart of realistic, valid entries.
/// Deterministic (fixed seed), so runs compare like with like. The entries mix the styles people write by hand:
/// flow and block lists, quoted and plain text, comments, and now and then a folded or literal block.
/// </summary>
public static class ContentGenerator
{
    /// <summary>The topic keys of the bundled <c>basis</c> format.</summary>
    public static readonly IReadOnlyList<string> BasisTopics =
    [
        "geldzaken.inkomen", "geldzaken.uitgaven-en-schulden", "woonruimte.wonen", "woonruimte.huishouden",
        "gezondheid.lichaam", "gezondheid.gevoel-en-gedachten", "tijdsbesteding.werk", "tijdsbesteding.leren",
        "tijdsbesteding.vrije-tijd", "mensen-om-mij-heen.gezin-en-familie", "mensen-om-mij-heen.vrienden-en-buren",
        "zelf-regelen-en-meedoen.zorgen-voor-mezelf", "zelf-regelen-en-meedoen.meedoen-en-regelen",
    ];

    private static readonly string[] Kinds = ["professioneel", "vrijwilligers", "informeel"];

    private static readonly string[] Services =
    [
        "Schuldhulp", "Formulierenhulp", "Maatjesproject", "Buurtkamer", "Taalcafé", "Mantelzorgsteunpunt",
        "Thuisadministratie", "Budgetcoach", "Repair Café", "Wandelgroep", "Inloopspreekuur", "Jongerenwerk",
        "Opvoedsteunpunt", "Klussendienst", "Boodschappenhulp", "Digitaal Café", "Sportmaatje", "Voedselbank",
    ];

    /// <summary>The id of municipality number <paramref name="number"/> (1-based): <c>gemeente-001</c>.</summary>
    public static string MunicipalityId(int number) => $"gemeente-{number:000}";

    /// <summary>
    /// Writes <c>formats/basis.yaml</c> (copied from <paramref name="basisFormatPath"/>) and
    /// <paramref name="municipalities"/> municipality files of <paramref name="entries"/> entries under <paramref name="root"/>.
    /// </summary>
    public static void Write(string root, string basisFormatPath, int municipalities = 342, int entries = 300)
    {
        Directory.CreateDirectory(Path.Combine(root, "formats"));
        Directory.CreateDirectory(Path.Combine(root, "municipalities"));
        File.Copy(basisFormatPath, Path.Combine(root, "formats", "basis.yaml"), overwrite: true);
        Parallel.For(1, municipalities + 1, number =>
        {
            var id = MunicipalityId(number);
            File.WriteAllText(Path.Combine(root, "municipalities", id + ".yaml"), Municipality(number, entries), new UTF8Encoding(false));
        });
    }

    /// <summary>The YAML text of one generated municipality.</summary>
    public static string Municipality(int number, int entries)
    {
        var random = new Random(number);
        var id = MunicipalityId(number);
        var name = $"Gemeente {number:000}";
        var text = new StringBuilder(entries * 1100);
        text.Append("# yaml-language-server: $schema=../schema/municipality.schema.json\n")
            .Append("# Gegenereerd voor benchmarks: geen echte gegevens.\n\n")
            .Append("id: ").Append(id).Append('\n')
            .Append("naam: ").Append(name).Append('\n')
            .Append("formaat: basis\n")
            .Append("voorbeeld: true\n\n")
            .Append("wijkteam:\n  naam: Wijkteam ").Append(name).Append('\n')
            .Append("  omschrijving: Het wijkteam helpt bij vragen over zorg, geld, wonen en meedoen.\n")
            .Append("  contact:\n    telefoon: \"14 0").Append((number % 90) + 10).Append("\"\n")
            .Append("    website: https://www.example.nl/").Append(id).Append("/wijkteam\n\n")
            .Append("clientondersteuning:\n  naam: Cliëntondersteuning ").Append(name).Append('\n')
            .Append("  contact:\n    email: clientondersteuning@example.nl\n\n")
            .Append("sociale_kaart:\n");
        for (var i = 0; i < entries; i++)
        {
            Entry(text, random, id, i);
        }

        return text.ToString();
    }

    private static void Entry(StringBuilder text, Random random, string municipalityId, int index)
    {
        var service = Services[index % Services.Length];
        var entryId = $"{Slug(service)}-{index + 1:000}";
        // Every topic is covered by the first 13 entries, so the files load without "uncovered topic" warnings.
        var topics = new List<string> { BasisTopics[index % BasisTopics.Count] };
        for (var extra = random.Next(0, 3); extra > 0; extra--)
        {
            var topic = BasisTopics[random.Next(BasisTopics.Count)];
            if (!topics.Contains(topic))
            {
                topics.Add(topic);
            }
        }

        text.Append('\n');
        if (index % 10 == 0)
        {
            text.Append("  # --- ").Append(service).Append(" ---------------------------------------\n");
        }

        text.Append("  - id: ").Append(entryId).Append('\n')
            .Append("    naam: ").Append(service).Append(' ').Append(index + 1).Append('\n');
        if (index % 3 == 0)
        {
            text.Append("    organisatie: Stichting Welzijn ").Append(municipalityId).Append('\n');
        }

        text.Append("    soort: ").Append(Kinds[index % Kinds.Length]).Append('\n');
        if (index % 2 == 0)
        {
            text.Append("    onderwerpen: [").Append(string.Join(", ", topics)).Append("]\n");
        }
        else
        {
            text.Append("    onderwerpen:\n");
            foreach (var topic in topics)
            {
                text.Append("      - ").Append(topic).Append('\n');
            }
        }

        if (index % 7 == 3)
        {
            text.Append("    samenvatting: >\n      Wil je hulp bij ").Append(service.ToLowerInvariant())
                .Append("? Een medewerker of vrijwilliger kijkt samen met jou wat je nodig hebt.\n      Je maakt samen een plan dat bij jou past.\n");
        }
        else
        {
            text.Append("    samenvatting: \"Wil je hulp bij ").Append(service.ToLowerInvariant())
                .Append("? Een medewerker of vrijwilliger kijkt samen met jou wat je nodig hebt. Je maakt samen een plan dat bij jou past.\"\n");
        }

        text.Append("    voor_wie: Inwoners van ").Append(municipalityId).Append(" van 18 jaar en ouder.\n")
            .Append("    kosten: ").Append(index % 4 == 0 ? "Gratis" : "'Een kleine eigen bijdrage: €2,50 per keer'").Append('\n')
            .Append("    aanmelden: Bel of mail voor een afspraak. Je kunt ook binnenlopen tijdens het spreekuur.\n")
            .Append("    contact:\n")
            .Append("      telefoon: \"0").Append(random.Next(10, 99)).Append(' ').Append(random.Next(100, 999)).Append(' ')
            .Append(random.Next(10, 99)).Append(' ').Append(random.Next(10, 99)).Append("\"\n")
            .Append("      email: info-").Append(index + 1).Append("@example.nl\n")
            .Append("      website: https://www.example.nl/").Append(municipalityId).Append('/').Append(entryId).Append('\n')
            .Append("      adres: Dorpsstraat ").Append(index + 1).Append(", 1234 AB ").Append(municipalityId).Append('\n');
        if (index % 5 != 4)
        {
            text.Append("    openingstijden: Ma–vr 9.00–17.00  # behalve op feestdagen\n");
        }

        var checkedOn = new DateOnly(2025, 12, 1).AddDays(random.Next(0, 160)); // in the past for tests (fixed "today" 2026-06-15) and not stale
        text.Append("    laatst_gecontroleerd: ").Append(checkedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
    }

    private static string Slug(string text) =>
        new(text.ToLowerInvariant().Replace('é', 'e').Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
