namespace EigenPlan.Cli.Infrastructure;

/// <summary>One command of the <c>eigenplan</c> tool, such as <c>check</c>. Register it in <see cref="CliApp"/>.</summary>
internal interface ICliCommand
{
    /// <summary>The word typed after <c>eigenplan</c>.</summary>
    string Name { get; }

    /// <summary>One line for the overview of all commands.</summary>
    string Summary { get; }

    /// <summary>How to call it, e.g. <c>eigenplan check &lt;map&gt; [opties]</c>.</summary>
    string Usage { get; }

    /// <summary>What the command does, in plain words; shown by <c>--help</c>.</summary>
    string Description { get; }

    IReadOnlyList<CliOption> Options { get; }

    /// <summary>Runs the command and returns the exit code. Throw <see cref="UsageException"/> for a wrong command line.</summary>
    int Run(ParsedArguments args, CliContext context);
}

/// <summary>Where a command writes (normal output and error output), and the clock that decides "today".</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Clock);

/// <summary>An option such as <c>--format json</c>. <paramref name="ValueName"/> is null for a flag without value.</summary>
internal sealed record CliOption(string Name, string? ValueName, string Description, string? ShortName = null);

/// <summary>The command line is wrong; the message says how, in Dutch. Leads to exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
