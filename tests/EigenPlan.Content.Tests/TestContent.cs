using System.Runtime.CompilerServices;
using EigenPlan.Core.Content;

namespace EigenPlan.Content.Tests;

/// <summary>Paths to fixtures and the repository, and temporary content folders built from fixtures.</summary>
internal static class TestContent
{
    /// <summary>"Today" in every test, so date rules do not change with the calendar.</summary>
    public static readonly DateTimeOffset Today = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    public static ContentLoadOptions Options => new() { Clock = new FixedClock(Today) };

    public static string Fixtures => Path.Combine(ThisDirectory(), "Fixtures");

    /// <summary>The repository root, found from this source file so it works whatever the build output folder is.</summary>
    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(ThisDirectory(), "..", ".."));

    /// <summary>A temp content folder with the valid fixture format and the named municipality fixture, loaded.</summary>
    public static ContentSnapshot LoadMunicipalityFixture(string name)
    {
        using var folder = TempContent.WithValidFormat();
        folder.CopyMunicipality(Path.Combine(Fixtures, "municipalities", name + ".yaml"));
        return ContentLoader.LoadDirectory(folder.Root, Options);
    }

    /// <summary>A temp content folder with only the named format fixture, loaded.</summary>
    public static ContentSnapshot LoadFormatFixture(string name)
    {
        using var folder = new TempContent();
        File.Copy(Path.Combine(Fixtures, "formats", name + ".yaml"), Path.Combine(folder.Formats, name + ".yaml"));
        return ContentLoader.LoadDirectory(folder.Root, Options);
    }

    /// <summary>The only problem at <paramref name="line"/>:<paramref name="column"/>; fails when there is none.</summary>
    public static ContentProblem At(this ContentSnapshot snapshot, int line, int column)
    {
        var found = snapshot.Problems.Where(p => p.Line == line && p.Column == column).ToList();
        Assert.True(found.Count == 1, $"Expected one problem at {line}:{column}, found:\n{string.Join("\n", snapshot.Problems)}");
        return found[0];
    }

    private static string ThisDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}

/// <summary>A clock that always says the same time, in UTC.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}

/// <summary>A content folder (formats/, municipalities/) in the temp directory, deleted on dispose.</summary>
internal sealed class TempContent : IDisposable
{
    public TempContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "eigenplan-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Formats);
        Directory.CreateDirectory(Municipalities);
    }

    public string Root { get; }
    public string Formats => Path.Combine(Root, "formats");
    public string Municipalities => Path.Combine(Root, "municipalities");

    public static TempContent WithValidFormat()
    {
        var folder = new TempContent();
        File.Copy(Path.Combine(TestContent.Fixtures, "valid", "formats", "basis.yaml"), Path.Combine(folder.Formats, "basis.yaml"));
        return folder;
    }

    public static TempContent WithValidFixtures()
    {
        var folder = WithValidFormat();
        folder.CopyMunicipality(Path.Combine(TestContent.Fixtures, "valid", "municipalities", "teststad.yaml"));
        return folder;
    }

    public void CopyMunicipality(string source) =>
        File.Copy(source, Path.Combine(Municipalities, Path.GetFileName(source)), overwrite: true);

    public string WriteMunicipality(string name, string text)
    {
        var path = Path.Combine(Municipalities, name + ".yaml");
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
