using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EigenPlan.Content;

/// <summary>
/// Renders the Markdown of explanation texts safely, for the web (<see cref="ToHtml"/>) and for the PDF
/// (<see cref="ToPlainBlocks"/>). Raw HTML is never passed through (it shows as text); links work only for http(s),
/// tel and mailto (any other link, including <c>javascript:</c> and relative ones, becomes its text); images become
/// their description; everything else is encoded. Only CommonMark plus bare web addresses: no extension that lets a
/// writer add attributes.
/// </summary>
public static partial class SafeMarkdown
{
    // Building a pipeline is costly and the result is thread-safe, so it is built once.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAutoLinks().DisableHtml().Build();

    /// <summary>HTML for a page: safe to put into the page as markup.</summary>
    public static string ToHtml(string? markdown) => Markdown.ToHtml(Parse(markdown), Pipeline);

    /// <summary>
    /// The text as paragraphs and list items with bold runs, for layouts that draw text themselves (the booklet). A
    /// heading becomes a bold paragraph, a link its text followed by its address in brackets, a hard line break a
    /// <c>\n</c> inside a run.
    /// </summary>
    public static IReadOnlyList<PlainBlock> ToPlainBlocks(string? markdown) => PlainBlockWriter.Write(Parse(markdown));

    /// <summary>Parses and defuses: what is left can be rendered by Markdig's own renderer as it is.</summary>
    internal static MarkdownDocument Parse(string? markdown)
    {
        var document = TryParse(markdown ?? "") ?? AsPlainText(markdown!);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!link.IsImage && IsAllowedUrl(link.Url))
            {
                link.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");
                continue;
            }

            Unwrap(link);
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !IsAllowedUrl(autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        return document;
    }

    /// <summary>http(s) with a host, <c>mailto:</c> with an address, or <c>tel:</c> with a number. Nothing else.</summary>
    internal static bool IsAllowedUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        url = url.Trim();
        if (url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            var address = url["mailto:".Length..];
            return address.Contains('@', StringComparison.Ordinal) && !address.Any(char.IsWhiteSpace);
        }

        if (url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            var number = url["tel:".Length..];
            return number.Length > 0 && number.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')');
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Host.Length > 0;
    }

    /// <summary>
    /// What the content check says about a Markdown text: raw HTML, images and links that would not work. The renderer
    /// makes all of these harmless anyway; the check tells the writer, so a page never silently differs from the file.
    /// </summary>
    internal static IEnumerable<string> Refusals(string markdown)
    {
        if (HtmlTag().IsMatch(markdown))
        {
            yield return "HTML werkt hier niet: het komt als gewone tekens op de pagina. Gebruik Markdown, zoals **vet** of een lijstje met '- '.";
        }

        if (TryParse(markdown) is not { } document)
        {
            yield return TooDeep;
            yield break;
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.IsImage)
            {
                yield return "Plaatjes kunnen hier niet. Beschrijf in woorden wat je wilt laten zien.";
            }
            else if (!IsAllowedUrl(link.Url))
            {
                yield return $"De link '{link.Url}' werkt niet. Alleen links die beginnen met https://, http://, tel: of mailto: werken.";
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail && !IsAllowedUrl(autolink.Url))
            {
                yield return $"De link '{autolink.Url}' werkt niet. Alleen links die beginnen met https://, http://, tel: of mailto: werken.";
            }
        }
    }

    /// <summary>
    /// What is wrong when a text meant to be shown as plain text uses Markdown or HTML that a reader would then see as
    /// stray characters (bold or italic marks, links, images, code or headings), or null. Lists written with '- ' read
    /// fine as text.
    /// </summary>
    internal static string? MarkupRefusal(string text)
    {
        const string Markup = "Opmaak zoals **vet**, een link, code of een kop werkt alleen in 'uitleg'. De voorbeelden van personen zijn gewone tekst: je zou de tekens gewoon zien staan. Haal de opmaak weg.";
        if (HtmlTag().IsMatch(text))
        {
            return Markup;
        }

        if (TryParse(text) is not { } document)
        {
            return TooDeep;
        }

        return HasMarkup(document) ? Markup : null;
    }

    private static bool HasMarkup(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>().Any()
            || document.Descendants<EmphasisInline>().Any()
            || document.Descendants<CodeInline>().Any()
            || document.Descendants<AutolinkInline>().Any()
            || document.Descendants<LinkInline>().Any(link => !link.IsAutoLink);

    private const string TooDeep = "Deze tekst is te diep genest: te veel haakjes '[', tekens '>' of inspringingen binnen elkaar. Schrijf de tekst eenvoudiger.";

    /// <summary>
    /// The parsed text, or null when Markdig refuses it: past <see cref="MarkdownPipeline.MaximumNestingDepth"/> (128
    /// levels, e.g. thousands of '[' in a row) it throws an <see cref="ArgumentException"/> instead of parsing on.
    /// </summary>
    private static MarkdownDocument? TryParse(string text)
    {
        try
        {
            return Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// A text Markdig cannot parse, as one paragraph of plain text. The content check refuses such texts, so this is
    /// for text that did not pass it (a help text): it shows as typed instead of taking the page down.
    /// </summary>
    private static MarkdownDocument AsPlainText(string text)
    {
        var paragraph = new ParagraphBlock { Inline = new ContainerInline() };
        paragraph.Inline.AppendChild(new LiteralInline(text));
        var document = new MarkdownDocument();
        document.Add(paragraph);
        return document;
    }

    [GeneratedRegex(@"<\s*/?\s*[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?\s*>|<!--", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HtmlTag();

    /// <summary>Puts a link's (or image's) content in its place: the words stay, the link goes.</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }
}
