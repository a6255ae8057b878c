namespace EigenPlan.Content;

/// <summary>Configuration section <c>Content</c>.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>
    /// The content folder (holding <c>formats/</c> and <c>municipalities/</c>). When empty, a folder named
    /// <c>content</c> with a <c>formats</c> folder is looked for in the current directory, then upwards from the app.
    /// </summary>
    public string? Path { get; set; }
}
