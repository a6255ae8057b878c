using System.CommandLine;
using System.CommandLine.Parsing;

namespace EigenPlan.Cli.Infrastructure;

/// <summary>
/// Dutch checks on option and argument values. A failed check is a parse error, so it leads to exit code 2
/// like every other wrong command line.
/// </summary>
internal static class Validation
{
    /// <summary>The value must be a folder that exists (also the default value when the option is left out).</summary>
    public static Option<string> MustBeExistingDirectory(this Option<string> option, string hint = "")
    {
        option.Validators.Add(result => CheckDirectory(result, result.GetValueOrDefault<string>(), hint));
        return option;
    }

    /// <summary>The value must be a folder that exists.</summary>
    public static Argument<string> MustBeExistingDirectory(this Argument<string> argument)
    {
        argument.Validators.Add(result => CheckDirectory(result, result.GetValueOrDefault<string>(), ""));
        return argument;
    }

    /// <summary>The value, when given, must be a file that exists.</summary>
    public static Option<string> MustBeExistingFile(this Option<string> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } path && !File.Exists(path))
            {
                result.AddError($"Het bestand '{path}' bestaat niet.");
            }
        });
        return option;
    }

    private static void CheckDirectory(SymbolResult result, string? path, string hint)
    {
        if (path is not null && !Directory.Exists(path))
        {
            result.AddError($"De map '{path}' bestaat niet.{hint}");
        }
    }
}
