using System.CommandLine;
using EigenPlan.Booklet;
using EigenPlan.Booklet.Model;
using EigenPlan.Cli.Infrastructure;
using EigenPlan.Core.Languages;

namespace EigenPlan.Cli.Commands;

/// <summary><c>eigenplan uitlegboekje</c>: writes the uitlegboekje (explanations with examples of fictional residents) as a PDF.</summary>
internal static class UitlegboekjeCommand
{
    public static Command Create(TimeProvider clock)
    {
        var output = SharedOptions.Output("Waar de PDF komt.", "bestand.pdf");
        var content = SharedOptions.Content();
        var municipalityId = SharedOptions.Municipality(content);
        var date = BookletCommandOptions.Date();
        var site = BookletCommandOptions.Site();
        var language = BookletCommandOptions.Language();

        var command = new DetailedCommand("uitlegboekje", "Maak het uitlegboekje als PDF: uitleg bij elk deel, met voorbeelden van verzonnen mensen.", """
            Maakt het uitlegboekje bij het Eigen Plan als PDF, in de stijl van het boekje: wat elk deel
            betekent, en hoe verzonnen mensen de huisjes en de vragen invulden. De tekst komt uit
            content/uitleg/<formaat>.yaml van het formaat dat de gemeente gebruikt.

            --taal (of --language) kiest de taal: nl, en, tr, pl of ar. De teksten komen dan uit
            content/uitleg/<formaat>.<taal>.yaml; wat daar nog niet vertaald is, blijft Nederlands.
            Zonder --taal is het boekje Nederlands.

            Voorbeelden:
              eigenplan uitlegboekje --municipality almere -o uitleg.pdf
              eigenplan uitlegboekje --municipality almere -o uitleg.pdf --site https://eigenplan.almere.nl
              eigenplan uitlegboekje --municipality almere --taal ar -o uitleg-ar.pdf
            """)
        {
            municipalityId,
            output,
            content,
            date,
            site,
            language,
        };
        command.SetAction(parseResult =>
        {
            var id = parseResult.GetRequiredValue(municipalityId);
            var contentRoot = parseResult.GetRequiredValue(content);
            var error = parseResult.InvocationConfiguration.Error;
            if (MunicipalityContent.Load(contentRoot, id, clock, error) is not { } loaded)
            {
                return CliApp.Failed;
            }
            var (snapshot, municipality, format) = loaded;

            var chosen = PlanLanguage.FromCode(parseResult.GetValue(language));
            format = snapshot.FindFormat(format.Id, chosen) ?? format;
            if (snapshot.FindExplanation(format.Id, chosen) is not { } explanation)
            {
                error.WriteLine($"Er is geen (foutloos) uitlegboekje voor het formaat '{format.Id}': content/uitleg/{format.Id}.yaml. Controleer het met: eigenplan check {contentRoot}");
                return CliApp.Failed;
            }

            var options = BookletCommandOptions.Create(parseResult.GetValue(date), parseResult.GetValue(site), clock) with { Language = chosen };
            var model = ExplanationBookletModel.Create(format, municipality, explanation, options);
            var pdf = parseResult.GetRequiredValue(output);
            using (var file = File.Create(pdf))
            {
                new ExplanationBookletRenderer().Render(model, file);
            }

            parseResult.InvocationConfiguration.Output.WriteLine($"Uitlegboekje geschreven naar {pdf} ({municipality.Name}, {model.Examples.Count} voorbeelden).");
            return CliApp.Ok;
        });
        return command;
    }
}
