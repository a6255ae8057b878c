using EigenPlan.Content;
using EigenPlan.Core.Content;

namespace EigenPlan.Web.Tests;

/// <summary>The bundled content, loaded once for all component tests.</summary>
internal static class TestContent
{
    private static readonly Lazy<ContentSnapshot> Snapshot = new(() => ContentLoader.LoadDirectory(FindContent()));

    public static Format Format => Snapshot.Value.FindFormat("basis")!;

    public static Municipality Almere => Snapshot.Value.FindMunicipality("almere")!;

    public static Topic Topic(string key) => Format.FindTopic(key)!;

    private static string FindContent()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content");
            if (Directory.Exists(Path.Combine(candidate, "formats")))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("content/ not found");
    }
}
