using EigenPlan.Content;
using EigenPlan.Core.Content;

namespace EigenPlan.Web.Tests;

/// <summary>The bundled content, loaded once for all component tests.</summary>
internal static class TestContent
{
    private static readonly Lazy<ContentSnapshot> Snapshot = new(() => ContentLoader.LoadDirectory(RepoRoot.Content));

    public static Format Format => Snapshot.Value.FindFormat("basis")!;

    public static Municipality Almere => Snapshot.Value.FindMunicipality("almere")!;

    public static Topic Topic(string key) => Format.FindTopic(key)!;
}
