namespace EigenPlan.Content.Schema;

/// <summary>
/// The key names a translation file (<c>content/formats/&lt;id&gt;.&lt;taal&gt;.yaml</c>) adds to those of the format
/// (<see cref="FormatKeys"/>), whose words and ids it reuses.
/// </summary>
internal static class TranslationKeys
{
    public const string Format = "formaat";
    public const string Language = "taal";
    public const string Checked = "gecontroleerd";
    public const string Note = "toelichting";
}
