using System.CommandLine;
using EigenPlan.Cli.Infrastructure;
using EigenPlan.Content.Readability;

namespace EigenPlan.Cli.Commands;

/// <summary><c>eigenplan taal &lt;map&gt;</c>: the B1 score of every content file, and what to make easier.</summary>
internal static class ReadabilityCommand
{
    public static Command Create()
    {
        var root = new Argument<string>("map") { Description = "De map met content, bijvoorbeeld content." }.MustBeExistingDirectory();
        var command = new DetailedCommand("taal", "Meet hoe makkelijk de teksten voor inwoners zijn (taalniveau B1).", """
            Leest de teksten voor inwoners in <map>/formats, <map>/municipalities en <map>/uitleg.
            Toont eerst elke plek om makkelijker te maken ('bestand:regel:kolom: uitleg'), dan per
            bestand de Flesch-Douma-score (hoger is makkelijker; 80 of meer is makkelijk) en hoeveel
            zinnen langer zijn dan 15 woorden. De moeilijke woorden staan in <map>/taal/b1-woorden.yaml,
            of in de ingebouwde lijst als de map er geen heeft.

            Uitkomst: altijd 0 (dit is een meting), behalve 2 als de opdracht verkeerd is getypt.

            Voorbeeld: eigenplan taal content
            """)
        {
            root,
        };
        command.SetAction(parseResult =>
        {
            var folder = parseResult.GetRequiredValue(root);
            var output = parseResult.InvocationConfiguration.Output;
            var files = ContentReadability.CheckFolder(folder, PlainWordList.ForContentFolder(folder));
            foreach (var finding in files.SelectMany(f => f.Findings))
            {
                output.WriteLine($"{finding.File}:{finding.Line}:{finding.Column}: {finding.Message}");
            }

            foreach (var file in files)
            {
                output.WriteLine($"{Path.GetRelativePath(folder, file.File)}: {file.Score}; {file.Findings.Count} te verbeteren.");
            }

            return CliApp.Ok;
        });
        return command;
    }
}
