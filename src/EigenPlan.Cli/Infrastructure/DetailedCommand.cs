using System.CommandLine;

namespace EigenPlan.Cli.Infrastructure;

/// <summary>
/// A command with a one-line summary for the overview of all commands and a longer explanation for its own
/// <c>--help</c>. System.CommandLine shows one description in both places, and a paragraph in the overview's
/// column is unreadable; <see cref="CliApp"/> adds <see cref="Details"/> just before the command's own help is shown.
/// </summary>
internal sealed class DetailedCommand(string name, string summary, string details) : Command(name, summary)
{
    /// <summary>What the command does, in plain words, with an example.</summary>
    public string Details { get; } = details.TrimEnd();

    /// <summary>Makes the description summary plus details, for the help of this command alone.</summary>
    public void ShowDetailsInHelp() => Description = $"{Description}{Environment.NewLine}{Environment.NewLine}{Details}";
}
