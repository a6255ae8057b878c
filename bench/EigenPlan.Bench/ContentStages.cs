using System.Diagnostics;
using EigenPlan.Content;
using EigenPlan.Content.Mapping;
using EigenPlan.Content.Schema;
using EigenPlan.Content.Problems;
using EigenPlan.Content.Validation;
using EigenPlan.Content.Yaml;

namespace EigenPlan.Bench;

/// <summary>
/// Times the stages of loading one municipality file on one thread: reading the YAML (YamlDotNet, behind the limits),
/// the schema check with the municipality rules, and mapping to Core records.
/// </summary>
internal static class ContentStages
{
    public static void Run(string root, int files)
    {
        var paths = Directory.GetFiles(Path.Combine(root, "municipalities"), "*.yaml").Order(StringComparer.Ordinal).Take(files).ToArray();
        var texts = paths.Select(File.ReadAllText).ToArray();
        var format = ContentLoader.LoadDirectory(root).Formats[0];
        var context = new LoadContext(new ContentLoadOptions());
        context.SetFormats([format]);

        var read = Time(texts, text => SafeYamlReader.Read(text, new ProblemList("x"), YamlLimits.Default));
        var trees = texts.Select(text => (YamlMapping)SafeYamlReader.Read(text, new ProblemList("x"), YamlLimits.Default)!).ToArray();
        var check = Time(trees, tree =>
        {
            var problems = new ProblemList("x");
            new SchemaValidator(problems, context.Today).Validate(tree, ContentSchemas.Municipality, "");
            MunicipalityRules.Check(tree, context, problems);
        });
        var map = Time(trees, tree => MunicipalityMapper.Map(tree));
        Console.WriteLine($"Per bestand (1 thread, {files} bestanden): YAML lezen (YamlDotNet) {read:0.0} ms, controleren {check:0.0} ms, omzetten {map:0.0} ms");
    }

    /// <summary>Median over three passes of the mean time per item.</summary>
    private static double Time<T>(T[] items, Action<T> action)
    {
        var passes = new List<double>();
        for (var pass = 0; pass < 4; pass++)
        {
            var watch = Stopwatch.StartNew();
            foreach (var item in items)
            {
                action(item);
            }

            if (pass > 0)
            {
                passes.Add(watch.Elapsed.TotalMilliseconds / items.Length);
            }
        }

        passes.Sort();
        return passes[1];
    }
}
