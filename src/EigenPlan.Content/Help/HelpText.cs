using Markdig;

namespace EigenPlan.Content;

/// <summary>Turns the short Markdown help texts into HTML. Raw HTML in the text is not passed through.</summary>
public static class HelpText
{
    // Building a pipeline is costly and the result is thread-safe, so it is built once.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);
}
