using System.Reflection;

namespace EigenPlan.TestSupport;

/// <summary>The repository folder, baked in at build time (see Directory.Build.props), whatever the output folder is.</summary>
public static class RepoRoot
{
    public static string Path { get; } = typeof(RepoRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "RepoRoot").Value!;

    /// <summary>The bundled content folder (formats, municipalities).</summary>
    public static string Content => System.IO.Path.Combine(Path, "content");
}
