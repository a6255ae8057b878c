namespace EigenPlan.TestSupport;

/// <summary>A content folder (formats/, municipalities/) in the temp directory, deleted on dispose.</summary>
public sealed class TempContent : IDisposable
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

    /// <summary>The valid fixture format only.</summary>
    public static TempContent WithValidFormat()
    {
        var folder = new TempContent();
        File.Copy(Path.Combine(ContentFixtures.Folder, "valid", "formats", "basis.yaml"), Path.Combine(folder.Formats, "basis.yaml"));
        return folder;
    }

    /// <summary>The valid fixture format and the named file from the municipality fixtures (e.g. <c>all-mistakes</c>).</summary>
    public static TempContent WithValidFormatAnd(string municipalityFixture)
    {
        var folder = WithValidFormat();
        folder.CopyMunicipality(Path.Combine(ContentFixtures.Folder, "municipalities", municipalityFixture + ".yaml"));
        return folder;
    }

    /// <summary>The valid fixture format and the valid fixture municipality.</summary>
    public static TempContent WithValidFixtures()
    {
        var folder = WithValidFormat();
        folder.CopyMunicipality(Path.Combine(ContentFixtures.Folder, "valid", "municipalities", "teststad.yaml"));
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
