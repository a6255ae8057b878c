namespace EigenPlan.Content;

/// <summary>
/// Turns the short Markdown help texts into HTML. Kept for its callers; it is <see cref="SafeMarkdown.ToHtml"/>: no raw
/// HTML, only http(s)/tel/mailto links, and no extension that lets a text add attributes to the page.
/// </summary>
public static class HelpText
{
    public static string ToHtml(string markdown) => SafeMarkdown.ToHtml(markdown);
}
