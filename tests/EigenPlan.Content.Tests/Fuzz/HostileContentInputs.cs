using System.Diagnostics;
using EigenPlan.Content.Hsds;
using EigenPlan.Core.Content;

namespace EigenPlan.Content.Tests.Fuzz;

/// <summary>
/// Runs one hostile input through the content reader or the HSDS import, the way the fuzzer does, and checks it ends
/// with reported problems, never an exception or a hang (the fastest of three tries counts, as the fuzzer tries a slow
/// input again before it calls it a hang). The 1 s per input is measured by the benchmark, not here.
/// </summary>
internal static class HostileContentInputs
{
    // The 1 s promise is measured in the benchmark (`bench … fuzz`), on a machine whose load is written down: a test
    // run shares its cores with other tests, and speed never lives in a timed test. Here the limit only catches a real
    // hang or runaway work (quadratic or worse), which takes far longer than this on any machine.
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    private static readonly Lazy<LoadContext> Context = new(() =>
    {
        var options = new ContentLoadOptions();
        var context = new LoadContext(options);
        context.SetFormats(ContentLoader.LoadDirectory(RepoRoot.Content, options).Formats);
        return context;
    });

    public static byte[] Almere => File.ReadAllBytes(Path.Combine(RepoRoot.Content, "municipalities", "almere.yaml"));

    public static byte[] Uitleg => File.ReadAllBytes(Path.Combine(RepoRoot.Content, ContentLoader.ExplanationFolder, "basis.yaml"));

    /// <summary>Reads <paramref name="bytes"/> as <c>uitleg/basis.yaml</c>: every problem.</summary>
    public static IReadOnlyList<ContentProblem> LoadExplanation(byte[] bytes)
    {
        var folder = Path.Combine(Path.GetTempPath(), "eigenplan-hostile-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, ContentLoader.ExplanationFolder, "basis.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        try
        {
            return Timed(() => ContentLoader.LoadExplanation(path, Context.Value)).Problems;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Reads <paramref name="bytes"/> as <c>municipalities/almere.yaml</c>: the value (null when refused) and every problem.</summary>
    public static (Municipality? Value, IReadOnlyList<ContentProblem> Problems) LoadMunicipality(byte[] bytes)
    {
        var folder = Path.Combine(Path.GetTempPath(), "eigenplan-hostile-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "municipalities", "almere.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        try
        {
            var result = Timed(() => ContentLoader.LoadMunicipality(path, Context.Value));
            return (result.Value, result.Problems);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Reads an HSDS package folder and, when it reads, imports it: every problem of both steps.</summary>
    public static (Municipality? Value, IReadOnlyList<HsdsProblem> Problems) ImportPackage(string folder) => Timed(() =>
    {
        var read = HsdsPackage.Read(folder);
        if (read.Package is null)
        {
            return ((Municipality?)null, read.Problems);
        }

        var imported = HsdsImporter.Import(read.Package, "almere", "Almere", BundledContent.Format);
        return (imported.Municipality, imported.Problems);
    });

    private static T Timed<T>(Func<T> run)
    {
        var fastest = TimeSpan.MaxValue;
        T result = default!;
        for (var attempt = 0; attempt < 3 && fastest >= Limit; attempt++)
        {
            var watch = Stopwatch.StartNew();
            result = run();
            fastest = watch.Elapsed < fastest ? watch.Elapsed : fastest;
        }

        Assert.True(fastest < Limit, $"Took {fastest.TotalMilliseconds:0} ms, three times.");
        return result;
    }
}
