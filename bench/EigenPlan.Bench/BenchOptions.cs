using System.Globalization;
using EigenPlan.Bench.NothingLost;

namespace EigenPlan.Bench;

/// <summary>Small helpers the harness commands share: options, a work folder, which build of the app to run.</summary>
public static class BenchOptions
{
    public static int Number(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    public static string? Text(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    public static bool Flag(string[] args, string name) => args.Contains(name);

    public static string WorkFolder(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"eigenplan-{name}-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary><c>--publish</c>: a fresh Release publish in Production; <c>--app DIR</c>: that folder; else the build output.</summary>
    public static async Task<AppBuild> BuildAsync(string[] args, string work)
    {
        if (Text(args, "--app") is { } folder)
        {
            return new AppBuild(Path.GetFullPath(folder), Text(args, "--environment") ?? "Production");
        }
        return Flag(args, "--publish")
            ? await AppBuild.PublishAsync(RepoRoot.Path, Path.Combine(work, "app"), Console.Out)
            : AppBuild.BuildOutput(RepoRoot.Path);
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
