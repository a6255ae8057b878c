using System.Reflection;
using PdfSharp.Fonts;

namespace EigenPlan.Booklet.Fonts;

/// <summary>
/// Serves the embedded Atkinson Hyperlegible faces to PDFsharp. Linux has no system font lookup in PDFsharp,
/// and embedding our own files keeps the booklet identical on every server.
/// </summary>
internal sealed class BookletFontResolver : IFontResolver
{
    public const string Family = "Atkinson Hyperlegible";
    private const string RegularFace = "AtkinsonHyperlegible-Regular";
    private const string BoldFace = "AtkinsonHyperlegible-Bold";

    private static readonly Lazy<byte[]> Regular = new(() => Load(RegularFace));
    private static readonly Lazy<byte[]> Bold = new(() => Load(BoldFace));

    // Every family maps to ours: the booklet asks for one family only, and an unknown name must never fail a render.
    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? BoldFace : RegularFace);

    public byte[]? GetFont(string faceName) => faceName == BoldFace ? Bold.Value : Regular.Value;

    private static byte[] Load(string face)
    {
        var name = $"EigenPlan.Booklet.Fonts.{face}.ttf";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded font {name} is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
