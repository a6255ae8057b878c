namespace EigenPlan.Content.Translations;

/// <summary>
/// Tells translation files (<c>basis.en.yaml</c>) from format files (<c>basis.yaml</c>) in <c>content/formats</c>. A
/// format id never holds a dot (ids are letters, digits and '-'), so a dot in the name marks a translation.
/// </summary>
internal static class TranslationFileName
{
    public static bool IsTranslation(string path) => Path.GetFileNameWithoutExtension(path).Contains('.', StringComparison.Ordinal);

    /// <summary>The format id and language code from the name: <c>basis.en.yaml</c> → (basis, en).</summary>
    public static (string FormatId, string LanguageCode) Parse(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        return (name[..dot], name[(dot + 1)..]);
    }
}
