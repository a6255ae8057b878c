namespace EigenPlan.EndToEnd.Infrastructure;

/// <summary>Finds the repository from the test's output folder, so tests use the bundled content and tools.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Axe => Path.Combine(Root, "tests", "EigenPlan.EndToEnd", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Screenshots and downloads land here (ignored by git) so people can look at them after a run.</summary>
    public static string Output(string kind)
    {
        var dir = Path.Combine(Root, "test-output", kind);
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        var baked = typeof(RepoPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (baked is not null && File.Exists(Path.Combine(baked, "EigenPlan.sln")))
        {
            return baked.TrimEnd('/');
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EigenPlan.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("EigenPlan.sln not found above " + AppContext.BaseDirectory);
    }
}
