namespace EigenPlan.Content.Tests.Translations;

/// <summary>
/// A temp content folder with the bundled Dutch format, one bundled translation (edited or not) and Almere, so a test
/// can plant a mistake in a real translation file and find it at its line and column.
/// </summary>
internal sealed class TranslationFolder : IDisposable
{
    private readonly TempContent _folder = new();

    public TranslationFolder(string code = "en", Func<string, string>? edit = null)
    {
        File.Copy(Path.Combine(RepoRoot.Content, "formats", "basis.yaml"), Path.Combine(_folder.Formats, "basis.yaml"));
        _folder.CopyMunicipality(Path.Combine(RepoRoot.Content, "municipalities", "almere.yaml"));
        Code = code;
        Write(edit is null ? Bundled(code) : edit(Bundled(code)));
    }

    public string Root => _folder.Root;
    public string Code { get; }
    public string Formats => _folder.Formats;

    /// <summary>The path of the translation file in this folder.</summary>
    public string Translation => Path.Combine(_folder.Formats, $"basis.{Code}.yaml");

    public static string Bundled(string code) => File.ReadAllText(Path.Combine(RepoRoot.Content, "formats", $"basis.{code}.yaml"));

    /// <summary>Writes the translation file, with a new time stamp so a reload sees the change.</summary>
    public void Write(string text)
    {
        File.WriteAllText(Translation, text);
        // Every write a second later than the one before: an edit of the same length is still a change.
        File.SetLastWriteTimeUtc(Translation, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(++_writes));
    }

    private int _writes;

    /// <summary>The 1-based line and column where <paramref name="text"/> first occurs in the translation file.</summary>
    public (int Line, int Column) Find(string text, int after = 0)
    {
        var lines = File.ReadAllLines(Translation);
        for (var i = after; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(text, StringComparison.Ordinal);
            if (column >= 0)
            {
                return (i + 1, column + 1);
            }
        }

        throw new InvalidOperationException($"'{text}' is not in {Translation}.");
    }

    public ContentCatalog Catalog() => new(Root);

    public void Dispose() => _folder.Dispose();
}
