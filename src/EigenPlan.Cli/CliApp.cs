using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using EigenPlan.Cli.Commands;
using EigenPlan.Cli.Infrastructure;

namespace EigenPlan.Cli;

/// <summary>
/// The <c>eigenplan</c> command, on System.CommandLine: standard help (<c>--help</c>, <c>-h</c>, per command),
/// standard parse errors and tab completion through the <c>[suggest]</c> directive (<c>dotnet-suggest</c>).
/// Exit codes: 0 = fine, 1 = the command found errors, 2 = the command line itself is wrong.
/// </summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int UsageError = 2;

    /// <summary>Every command, in the order the help shows them. Add a new command with one line here.</summary>
    /// <param name="clock">"Today" for date checks and the booklet's date.</param>
    public static RootCommand Build(TimeProvider clock)
    {
        var root = new RootCommand("""
            Hulpmiddel voor de content van Eigen Plan.

            Uitkomst (exit code): 0 = goed, 1 = fouten gevonden, 2 = de opdracht is verkeerd getypt.
            """)
        {
            // Otherwise help names the host process ("testhost", "dotnet") instead of the tool.
            HelpName = "eigenplan",
        };
        root.Add(CheckCommand.Create(clock));
        root.Add(ReadabilityCommand.Create());
        root.Add(SchemaCommand.Create());
        root.Add(ExportHsdsCommand.Create(clock));
        root.Add(ImportHsdsCommand.Create());
        root.Add(BookletCommand.Create(clock));
        root.Add(UitlegboekjeCommand.Create(clock));
        root.Add(StoreCommand.Create());
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                HelpOption => "Laat deze uitleg zien.",
                VersionOption => "Laat het versienummer zien.",
                _ => option.Description,
            };
        }

        return root;
    }

    /// <summary>Runs the command line and returns the exit code.</summary>
    /// <param name="args">The arguments after <c>eigenplan</c>.</param>
    /// <param name="output">Normal output (results, help).</param>
    /// <param name="error">Messages about a wrong command line or a failed command.</param>
    /// <param name="clock">"Today" for date checks; tests pass a fixed clock. Defaults to the system clock.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider? clock = null)
    {
        var parseResult = Build(clock ?? TimeProvider.System).Parse(args);
        switch (parseResult.Action)
        {
            case ParseErrorAction:
                // The library writes its suggestions and help to Output and exits with 1. A wrong command line
                // must not mix into output that a pipeline reads (check --format json), and 1 means "problems found".
                parseResult.Invoke(new InvocationConfiguration { Output = error, Error = error });
                return UsageError;
            case HelpAction when parseResult.CommandResult.Command is DetailedCommand command:
                command.ShowDetailsInHelp();
                break;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
