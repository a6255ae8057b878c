using EigenPlan.Content;

namespace EigenPlan.TestSupport;

/// <summary>
/// The YAML fixture files (valid content, one file per kind of mistake) in tests/EigenPlan.Content.Tests/Fixtures,
/// loaded on a fixed "today" so date rules do not change with the calendar.
/// </summary>
public static class ContentFixtures
{
    /// <summary>"Today" in every fixture test.</summary>
    public static readonly DateTimeOffset Today = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    public static ContentLoadOptions Options => new() { Clock = new FixedClock(Today) };

    /// <summary>The fixture folder: <c>valid/</c> (a format and a municipality without problems), <c>formats/</c>, <c>municipalities/</c>.</summary>
    public static string Folder { get; } = Path.Combine(RepoRoot.Path, "tests", "EigenPlan.Content.Tests", "Fixtures");

    /// <summary>A temp content folder with the valid fixture format and the named municipality fixture, loaded.</summary>
    public static ContentSnapshot LoadMunicipalityFixture(string name)
    {
        using var folder = TempContent.WithValidFormatAnd(name);
        return ContentLoader.LoadDirectory(folder.Root, Options);
    }

    /// <summary>A temp content folder with only the named format fixture, loaded.</summary>
    public static ContentSnapshot LoadFormatFixture(string name)
    {
        using var folder = new TempContent();
        File.Copy(Path.Combine(Folder, "formats", name + ".yaml"), Path.Combine(folder.Formats, name + ".yaml"));
        return ContentLoader.LoadDirectory(folder.Root, Options);
    }
}
