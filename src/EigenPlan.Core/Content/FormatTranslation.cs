namespace EigenPlan.Core.Content;

/// <summary>
/// What a translated format says about its own words (<c>content/formats/&lt;id&gt;.&lt;taal&gt;.yaml</c>). A
/// translation is made by the project and stays "nog te controleren door iemand die de taal als moedertaal spreekt"
/// until a staff member sets <c>gecontroleerd: true</c> in the file.
/// </summary>
public sealed record FormatTranslation
{
    /// <summary>True once someone who speaks the language as their mother tongue has checked the words.</summary>
    public required bool Checked { get; init; }

    /// <summary>The file's <c>toelichting</c>: who made or checked it, and when. For staff, not for residents.</summary>
    public string? Note { get; init; }
}
