using EigenPlan.Cli.Commands;
using EigenPlan.Cli.Infrastructure;
using EigenPlan.Content.Problems;

namespace EigenPlan.Cli;

/// <summary>
/// The <c>eigenplan</c> command: finds the command named by the first argument, parses its options and runs it.
/// Exit codes: 0 = fine, 1 = the command found errors, 2 = the command line itself is wrong.
/// </summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int UsageError = 2;

    /// <summary>Every command, in the order the help shows them. Add a new command with one line here.</summary>
    private static readonly ICliCommand[] Commands =
    [
        new CheckCommand(),
        new SchemaCommand(),
        new ExportHsdsCommand(),
        new ImportHsdsCommand(),
        new BookletCommand(),
    ];

    /// <summary>Runs the command line and returns the exit code.</summary>
    /// <param name="args">The arguments after <c>eigenplan</c>.</param>
    /// <param name="output">Normal output (results, help).</param>
    /// <param name="error">Messages about a wrong command line.</param>
    /// <param name="clock">"Today" for date checks; tests pass a fixed clock. Defaults to the system clock.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0)
        {
            error.WriteLine(HelpWriter.Overview(Commands));
            return UsageError;
        }

        if (args[0] is "-h" or "--help" or "help")
        {
            var topic = args.Length > 1 ? Find(args[1]) : null;
            output.WriteLine(topic is null ? HelpWriter.Overview(Commands) : HelpWriter.ForCommand(topic));
            return Ok;
        }

        var command = Find(args[0]);
        if (command is null)
        {
            error.WriteLine($"Onbekende opdracht '{args[0]}'.{Suggestions.DidYouMean(args[0], Commands.Select(c => c.Name))}");
            error.WriteLine("Typ 'eigenplan --help' om alle opdrachten te zien.");
            return UsageError;
        }

        var rest = args[1..];
        if (rest.Any(a => a is "-h" or "--help"))
        {
            output.WriteLine(HelpWriter.ForCommand(command));
            return Ok;
        }

        try
        {
            var parsed = ParsedArguments.Parse(rest, command.Options);
            return command.Run(parsed, new CliContext(output, error, clock ?? TimeProvider.System));
        }
        catch (UsageException ex)
        {
            error.WriteLine(ex.Message);
            error.WriteLine($"Typ 'eigenplan {command.Name} --help' voor uitleg.");
            return UsageError;
        }
    }

    private static ICliCommand? Find(string name) => Commands.FirstOrDefault(c => c.Name == name);
}
