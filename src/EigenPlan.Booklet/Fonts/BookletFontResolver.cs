using System.Reflection;
using PdfSharp.Fonts;

namespace EigenPlan.Booklet.Fonts;

/// <summary>
/// Serves the embedded faces to PDFsharp: Atkinson Hyperlegible for the booklet's own family, and Noto Sans and Noto
/// Sans Arabic for the characters Atkinson lacks (<see cref="BookletFonts"/> picks per run). Linux has no system font
/// lookup in PDFsharp, and embedding our own files keeps the booklet identical on every server.
/// </summary>
internal sealed class BookletFontResolver : IFontResolver
{
    public const string Family = "Atkinson Hyperlegible";
    /// <summary>Latin (with Turkish İ and the rest of Latin Extended), Greek and Cyrillic.</summary>
    public const string LatinFallbackFamily = "EigenPlan Noto Sans";
    /// <summary>Arabic letters with their presentation forms, which <see cref="Shaping.ArabicShaper"/> draws.</summary>
    public const string ArabicFamily = "EigenPlan Noto Sans Arabic";

    private const string RegularFace = "AtkinsonHyperlegible-Regular";
    private const string BoldFace = "AtkinsonHyperlegible-Bold";

    private static readonly Dictionary<string, Lazy<byte[]>> Faces = new[]
    {
        RegularFace, BoldFace, "NotoSans-Regular", "NotoSans-Bold", "NotoSansArabic-Regular", "NotoSansArabic-Bold",
    }.ToDictionary(face => face, face => new Lazy<byte[]>(() => Load(face)));

    // Every other family maps to Atkinson: the booklet asks for its families only, and an unknown name must never fail a render.
    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) => new(FaceOf(familyName, isBold));

    public byte[]? GetFont(string faceName) => (Faces.TryGetValue(faceName, out var face) ? face : Faces[RegularFace]).Value;

    /// <summary>The face file for a family and weight (for <see cref="FontCoverage"/>).</summary>
    public static byte[] FontBytes(string familyName, bool isBold) => Faces[FaceOf(familyName, isBold)].Value;

    private static string FaceOf(string familyName, bool isBold) => familyName switch
    {
        LatinFallbackFamily => isBold ? "NotoSans-Bold" : "NotoSans-Regular",
        ArabicFamily => isBold ? "NotoSansArabic-Bold" : "NotoSansArabic-Regular",
        _ => isBold ? BoldFace : RegularFace,
    };

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
