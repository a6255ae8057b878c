using EigenPlan.Content;
using EigenPlan.Core.Content;

namespace EigenPlan.TestSupport;

/// <summary>The repository's own content/ (format "basis", Almere, Voorbeeldstad), loaded once per test run.</summary>
public static class BundledContent
{
    private static readonly Lazy<ContentSnapshot> Snapshot = new(() => ContentLoader.LoadDirectory(RepoRoot.Content));

    public static Format Format => Snapshot.Value.FindFormat("basis")!;

    public static Municipality Almere => Snapshot.Value.FindMunicipality("almere")!;

    public static Topic Topic(string key) => Format.FindTopic(key)!;
}
