using System.CommandLine;
using EigenPlan.Booklet;
using EigenPlan.Booklet.Model;
using EigenPlan.Cli.Infrastructure;
using EigenPlan.Content;
using EigenPlan.Core.Languages;
using EigenPlan.Core.Plans;

namespace EigenPlan.Cli.Commands;

/// <summary><c>eigenplan booklet</c>: writes the PDF booklet, blank for paper or filled from an exported plan.</summary>
internal static class BookletCommand
{
    public static Command Create(TimeProvider clock)
    {
        var blank = new Option<bool>("--blank") { Description = "Maak een leeg boekje." };
        var planFile = new Option<string>("--plan") { Description = "Een gedownload plan (export) om in te vullen.", HelpName = "bestand.json" }.MustBeExistingFile();
        var output = SharedOptions.Output("Waar de PDF komt.", "bestand.pdf");
        var content = SharedOptions.Content();
        var municipalityId = SharedOptions.Municipality(content);
        var date = BookletCommandOptions.Date();
        var site = BookletCommandOptions.Site();
        var language = BookletCommandOptions.Language();

        var command = new DetailedCommand("booklet", "Maak het boekje als PDF: leeg om te printen, of ingevuld uit een gedownload plan.", """
            Maakt het Eigen Plan-boekje als PDF, zoals het papieren boekje: voorkant, de huisjes,
            een pagina per onderwerp, vrije ruimte en tips uit de Sociale Kaart van de gemeente.

            --blank maakt een leeg boekje om op papier in te vullen.
            --plan leest een plan dat een inwoner heeft gedownload ('Download al mijn gegevens').

            Voorbeelden:
              eigenplan booklet --municipality almere --blank -o boekje.pdf
              eigenplan booklet --municipality almere --plan mijn-eigen-plan.json -o plan.pdf
              eigenplan booklet --municipality almere --blank --taal en -o blank-booklet.pdf

            --taal (of --language) kiest de taal van het boekje: nl, en, tr, pl of ar. Zonder --taal
            is dat de taal van het plan, of Nederlands voor een leeg boekje. Naast elke vertaalde
            vraag staat de Nederlandse, zodat de gemeente het plan kan volgen.
            """)
        {
            municipalityId,
            blank,
            planFile,
            output,
            content,
            date,
            site,
            language,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(blank) == (result.GetValue(planFile) is not null))
            {
                result.AddError("Kies --blank (leeg boekje) of --plan <bestand> (ingevuld boekje), niet allebei en niet geen van beide.");
            }
        });
        command.SetAction(parseResult =>
        {
            var id = parseResult.GetRequiredValue(municipalityId);
            var contentRoot = parseResult.GetRequiredValue(content);
            var error = parseResult.InvocationConfiguration.Error;
            if (MunicipalityContent.Load(contentRoot, id, clock, error) is not { } loaded)
            {
                return CliApp.Failed;
            }
            var (_, municipality, format) = loaded;

            PlanContent? plan = null;
            if (parseResult.GetValue(planFile) is { } path)
            {
                using var stream = File.OpenRead(path);
                var imported = PlanExport.Import(stream, format, municipality);
                foreach (var warning in imported.Warnings)
                {
                    error.WriteLine($"waarschuwing: {warning}");
                }

                if (imported.Plan is null || imported.Errors.Count > 0)
                {
                    foreach (var problem in imported.Errors)
                    {
                        error.WriteLine($"fout: {problem}");
                    }

                    return CliApp.Failed;
                }

                plan = imported.Plan;
            }

            // The plan's own language unless --taal says otherwise; the format in that language comes from the catalog.
            var chosen = parseResult.GetValue(language) is { } code ? PlanLanguage.FromCode(code) : PlanLanguage.FromCode(plan?.Language);
            var translated = new ContentCatalog(contentRoot, new ContentLoadOptions { Clock = clock }).FormatOf(municipality, chosen) ?? format;
            var options = BookletCommandOptions.Create(parseResult.GetValue(date), parseResult.GetValue(site), clock) with { Language = chosen };
            var model = BookletModelFactory.Create(translated, municipality, plan, options, format);
            var pdf = parseResult.GetRequiredValue(output);
            using (var file = File.Create(pdf))
            {
                new BookletRenderer().Render(model, file);
            }

            parseResult.InvocationConfiguration.Output.WriteLine($"Boekje geschreven naar {pdf} ({(plan is null ? "leeg" : "ingevuld")}, {municipality.Name}).");
            return CliApp.Ok;
        });
        return command;
    }
}
