using EigenPlan.Booklet.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace EigenPlan.Booklet.Style;

/// <summary>
/// Every font and size the booklet uses. Body text is 12 pt: the paper booklet is read at a kitchen table,
/// often by people with reading glasses, so nothing a resident reads is below 10 pt.
/// </summary>
public sealed class Typography
{
    internal Typography()
    {
        PdfSharpSetup.EnsureInitialized();
        CoverTitle = Bold(34);
        Title = Bold(24);
        Heading = Bold(17);
        Lead = Regular(14);
        Label = Bold(12.5);
        Body = Regular(12);
        BodyBold = Bold(12);
        Small = Regular(10);
        SmallBold = Bold(10);
    }

    public XFont CoverTitle { get; }
    public XFont Title { get; }
    public XFont Heading { get; }
    /// <summary>The essence line under a topic title.</summary>
    public XFont Lead { get; }
    public XFont Label { get; }
    public XFont Body { get; }
    public XFont BodyBold { get; }
    public XFont Small { get; }
    public XFont SmallBold { get; }

    /// <summary>A bold font of any size, created once per booklet (the tab labels shrink to fit).</summary>
    public XFont BoldOfSize(double size)
    {
        if (!boldBySize.TryGetValue(size, out var font))
        {
            font = Bold(size);
            boldBySize[size] = font;
        }

        return font;
    }

    private readonly Dictionary<double, XFont> boldBySize = [];

    /// <summary>Line height for a font: generous (1.45) because long answers are read, not skimmed.</summary>
    public static double LineHeight(XFont font) => Math.Round(font.Size * 1.45, 1);

    // Automatic: a line that fits WinAnsi (nearly all Dutch text, with é, ë, ’ and €) is written as one byte per
    // character; a line with other characters (names such as "Şahin" or "Łukasz") goes through a Unicode
    // (Identity-H) font with a ToUnicode map. Both keep every character searchable. Unicode for every line costs
    // about twice the time and memory per line drawn: PDFsharp builds a hex string per glyph.
    private static readonly XPdfFontOptions Automatic = new(PdfFontEncoding.Automatic);

    public static XFont Regular(double size) => new(BookletFontResolver.Family, size, XFontStyleEx.Regular, Automatic);

    public static XFont Bold(double size) => new(BookletFontResolver.Family, size, XFontStyleEx.Bold, Automatic);
}
