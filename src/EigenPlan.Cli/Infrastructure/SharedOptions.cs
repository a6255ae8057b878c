using System.CommandLine;

namespace EigenPlan.Cli.Infrastructure;

/// <summary>Options that several commands share, so their names, help texts and checks are the same everywhere.</summary>
internal static class SharedOptions
{
    public const string DefaultContent = "content";

    /// <summary><c>--content &lt;map&gt;</c>: the content folder, <c>content</c> when left out; it must exist.</summary>
    public static Option<string> Content(string description = "De map met content.") =>
        new Option<string>("--content")
        {
            Description = description,
            HelpName = "map",
            DefaultValueFactory = _ => DefaultContent,
        }.MustBeExistingDirectory(" Geef de content-map op met --content.");

    /// <summary>
    /// <c>--municipality &lt;id&gt;</c> (required): the municipality file's name without <c>.yaml</c>.
    /// Tab completion offers the files in the <paramref name="content"/> folder.
    /// </summary>
    public static Option<string> Municipality(Option<string> content)
    {
        var option = new Option<string>("--municipality")
        {
            Description = "De gemeente: de naam van het bestand zonder .yaml, bijvoorbeeld almere.",
            HelpName = "id",
            Required = true,
        };
        option.CompletionSources.Add(context =>
        {
            // While completing, an option that was not typed has no value yet, not even its default.
            var folder = Path.Combine(context.ParseResult.GetValue(content) ?? DefaultContent, "municipalities");
            return Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)
                : [];
        });
        return option;
    }

    /// <summary><c>-o, --output</c>: where the command writes.</summary>
    public static Option<string> Output(string description, string helpName, bool required = true) =>
        new("--output", "-o")
        {
            Description = description,
            HelpName = helpName,
            Required = required,
        };
}
