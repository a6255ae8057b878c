namespace EigenPlan.Cli.Infrastructure;

/// <summary>The arguments after the command name: positional values and known options (<c>--name value</c> or <c>--name=value</c>).</summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Positionals { get; private init; } = [];

    /// <summary>Parses <paramref name="args"/>; any option the command does not declare is a usage error.</summary>
    public static ParsedArguments Parse(IReadOnlyList<string> args, IReadOnlyList<CliOption> known)
    {
        var positionals = new List<string>();
        var result = new ParsedArguments { Positionals = positionals };
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                positionals.AddRange(args.Skip(i + 1));
                break;
            }

            if (arg.Length < 2 || arg[0] != '-')
            {
                positionals.Add(arg);
                continue;
            }

            var (name, inlineValue) = arg.IndexOf('=', StringComparison.Ordinal) is var eq and > 0 ? (arg[..eq], arg[(eq + 1)..]) : (arg, null);
            var option = known.FirstOrDefault(o => o.Name == name || o.ShortName == name)
                ?? throw new UsageException($"Onbekende optie '{name}'.");
            if (option.ValueName is null)
            {
                result._options[option.Name] = inlineValue is null ? "" : throw new UsageException($"Optie '{option.Name}' krijgt geen waarde.");
                continue;
            }

            var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : null);
            result._options[option.Name] = value ?? throw new UsageException($"Optie '{option.Name}' heeft een waarde nodig: {option.Name} {option.ValueName}.");
        }

        return result;
    }

    /// <summary>The value of an option, or null when it was not given.</summary>
    public string? Value(string name) => _options.GetValueOrDefault(name);

    public bool Has(string name) => _options.ContainsKey(name);
}
