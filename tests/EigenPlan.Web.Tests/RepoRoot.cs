using System.Reflection;

namespace EigenPlan.Web.Tests;

/// <summary>The repository folder, baked in at build time (see Directory.Build.props).</summary>
internal static class RepoRoot
{
    public static string Path { get; } = typeof(RepoRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "RepoRoot").Value!;

    public static string Content => System.IO.Path.Combine(Path, "content");
}
