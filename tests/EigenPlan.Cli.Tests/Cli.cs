namespace EigenPlan.Cli.Tests;

/// <summary>Runs <c>eigenplan</c> in-process and captures what it writes.</summary>
internal static class Cli
{
    /// <param name="args">The command line after <c>eigenplan</c>.</param>
    /// <param name="clock">"Today"; the system clock when null.</param>
    public static (int Code, string Out, string Error) Run(string[] args, TimeProvider? clock = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error, clock);
        return (code, output.ToString(), error.ToString());
    }
}
