using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EigenPlan.Booklet.Fonts;

/// <summary>
/// Font fallback per character: Atkinson Hyperlegible wherever it has the glyph (nearly all Dutch, English, Polish and
/// Turkish text), Noto Sans for other Latin, Greek and Cyrillic (Turkish İ), Noto Sans Arabic for Arabic. A resident who
/// writes "İstanbul" or Arabic in a Dutch plan gets the right letters too.
/// </summary>
internal static class BookletFonts
{
    private static readonly XPdfFontOptions Automatic = new(PdfFontEncoding.Automatic);
    private static readonly ConcurrentDictionary<(string Family, double Size, bool Bold), XFont> Fallbacks = new();
    private static readonly Lazy<FontCoverage>[] Coverage =
    [
        Cover(BookletFontResolver.Family, false), Cover(BookletFontResolver.Family, true),
        Cover(BookletFontResolver.LatinFallbackFamily, false), Cover(BookletFontResolver.LatinFallbackFamily, true),
        Cover(BookletFontResolver.ArabicFamily, false), Cover(BookletFontResolver.ArabicFamily, true),
    ];

    /// <summary>True when the booklet's own face draws every character, so the text needs no fallback at all.</summary>
    public static bool MainFaceHasAll(string text, XFont font)
    {
        var coverage = CoverageOf(BookletFontResolver.Family, IsBold(font));
        foreach (var c in text)
        {
            // Surrogates are never in the main face; below U+0590 there is no right-to-left script.
            if (c >= '\u0590' || !coverage.Has(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The font for one cluster (a character with its marks): Arabic letters always in Noto Sans Arabic (its presentation
    /// forms are what <see cref="Shaping.ArabicShaper"/> produces), otherwise the first face that has every character.
    /// </summary>
    public static XFont For(string cluster, XFont font, bool arabic)
    {
        var bold = IsBold(font);
        if (arabic)
        {
            return Fallback(BookletFontResolver.ArabicFamily, font);
        }

        if (Has(BookletFontResolver.Family, bold, cluster))
        {
            return font;
        }

        if (Has(BookletFontResolver.LatinFallbackFamily, bold, cluster))
        {
            return Fallback(BookletFontResolver.LatinFallbackFamily, font);
        }

        return Has(BookletFontResolver.ArabicFamily, bold, cluster) ? Fallback(BookletFontResolver.ArabicFamily, font) : font;
    }

    /// <summary>True when <paramref name="font"/> (main or fallback) has every character of <paramref name="text"/>.</summary>
    public static bool Covers(XFont font, string text) => Has(font.FontFamily.Name, IsBold(font), text);

    private static bool Has(string family, bool bold, string text)
    {
        var coverage = CoverageOf(family, bold);
        for (var i = 0; i < text.Length; i++)
        {
            var codePoint = CodePointAt(text, ref i);
            if (!coverage.Has(codePoint))
            {
                return false;
            }
        }

        return true;
    }

    private static int CodePointAt(string text, ref int i)
    {
        if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            i++;
            return char.ConvertToUtf32(text[i - 1], text[i]);
        }

        return text[i];
    }

    private static XFont Fallback(string family, XFont like) =>
        Fallbacks.GetOrAdd((family, like.Size, IsBold(like)), key =>
            new XFont(key.Family, key.Size, key.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Automatic));

    private static bool IsBold(XFont font) => (font.Style & XFontStyleEx.Bold) != 0;

    private static FontCoverage CoverageOf(string family, bool bold) => Coverage[(family switch
    {
        BookletFontResolver.LatinFallbackFamily => 2,
        BookletFontResolver.ArabicFamily => 4,
        _ => 0,
    }) + (bold ? 1 : 0)].Value;

    private static Lazy<FontCoverage> Cover(string family, bool bold) =>
        new(() => FontCoverage.Read(BookletFontResolver.FontBytes(family, bold)));
}
