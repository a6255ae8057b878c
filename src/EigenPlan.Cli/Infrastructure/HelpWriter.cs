using System.Text;

namespace EigenPlan.Cli.Infrastructure;

/// <summary>Builds the <c>--help</c> texts from the registered commands, so help never lags behind the code.</summary>
internal static class HelpWriter
{
    public static string Overview(IReadOnlyList<ICliCommand> commands)
    {
        var text = new StringBuilder()
            .AppendLine("eigenplan: hulpmiddel voor de content van Eigen Plan.")
            .AppendLine()
            .AppendLine("Gebruik: eigenplan <opdracht> [opties]")
            .AppendLine()
            .AppendLine("Opdrachten:");
        var width = commands.Max(c => c.Name.Length) + 2;
        foreach (var command in commands)
        {
            text.Append("  ").Append(command.Name.PadRight(width)).AppendLine(command.Summary);
        }

        return text
            .AppendLine()
            .AppendLine("Typ 'eigenplan <opdracht> --help' voor uitleg over één opdracht.")
            .Append("Uitkomst (exit code): 0 = goed, 1 = fouten gevonden, 2 = de opdracht is verkeerd getypt.")
            .ToString();
    }

    public static string ForCommand(ICliCommand command)
    {
        var text = new StringBuilder()
            .Append("Gebruik: ").AppendLine(command.Usage)
            .AppendLine()
            .AppendLine(command.Description.TrimEnd());
        var options = command.Options.Append(new CliOption("--help", null, "Laat deze uitleg zien.", "-h")).ToList();
        var labels = options.Select(Label).ToList();
        var width = labels.Max(l => l.Length) + 2;
        text.AppendLine().AppendLine("Opties:");
        for (var i = 0; i < options.Count; i++)
        {
            text.Append("  ").Append(labels[i].PadRight(width)).AppendLine(options[i].Description);
        }

        return text.ToString().TrimEnd();
    }

    private static string Label(CliOption option)
    {
        var names = option.ShortName is null ? option.Name : $"{option.ShortName}, {option.Name}";
        return option.ValueName is null ? names : $"{names} {option.ValueName}";
    }
}
