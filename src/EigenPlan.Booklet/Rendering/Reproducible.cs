using System.Security.Cryptography;
using System.Text;

namespace EigenPlan.Booklet.Rendering;

/// <summary>
/// PDFsharp puts random values into a saved file: uuids in the XMP metadata and six-letter tags on embedded font
/// subsets ("RPKNHE+Atkinson…", "WJGZAR+Noto#20Sans…": a space in a PDF name is written #20). For reproducible output
/// they are overwritten in the saved bytes with values derived from the fixed id. Every replacement has the same length,
/// so no offset in the cross-reference table moves.
/// </summary>
internal static class Reproducible
{
    private static readonly string[] XmpMarkers = ["<xmpMM:DocumentID>uuid:", "<xmpMM:InstanceID>uuid:"];
    private static readonly byte[][] FontFamilies = [Encoding.ASCII.GetBytes("+Atkinson"), Encoding.ASCII.GetBytes("+Noto")];

    public static void Apply(byte[] pdf, string fixedId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(fixedId));
        var uuid = Encoding.ASCII.GetBytes(new Guid(hash.AsSpan(0, 16)).ToString("D"));
        foreach (var marker in XmpMarkers)
        {
            var pattern = Encoding.ASCII.GetBytes(marker);
            var at = pdf.AsSpan().IndexOf(pattern);
            if (at >= 0 && at + pattern.Length + uuid.Length <= pdf.Length)
            {
                uuid.CopyTo(pdf, at + pattern.Length);
            }
        }

        var tags = new Dictionary<string, byte[]>();
        foreach (var family in FontFamilies)
        {
            ReplaceFontTags(pdf, family, tags);
        }
    }

    /// <summary>Each tag becomes a hash of itself: the bold and regular subsets keep different names, stable across runs.</summary>
    private static void ReplaceFontTags(byte[] pdf, byte[] family, Dictionary<string, byte[]> tags)
    {
        var start = 0;
        while (start < pdf.Length)
        {
            var found = pdf.AsSpan(start).IndexOf(family);
            if (found < 0)
            {
                return;
            }

            var at = start + found - 6;
            start += found + family.Length;
            if (at < 0 || !pdf.AsSpan(at, 6).ToArray().All(b => b is >= (byte)'A' and <= (byte)'Z'))
            {
                continue;
            }

            // The name after the tag tells regular and bold apart; the old random tag must not feed the new one.
            var nameEnd = Math.Min(pdf.Length, start + 24);
            var key = Encoding.ASCII.GetString(pdf, start, nameEnd - start);
            var tag = Encoding.ASCII.GetString(pdf, at, 6);
            if (!tags.TryGetValue(tag, out var replacement))
            {
                var hash = SHA256.HashData(Encoding.ASCII.GetBytes(key + tags.Count));
                replacement = hash.Take(6).Select(b => (byte)('A' + (b % 26))).ToArray();
                tags[tag] = replacement;
            }

            replacement.CopyTo(pdf, at);
        }
    }
}
