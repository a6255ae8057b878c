using System.Buffers.Binary;

namespace EigenPlan.Booklet.Fonts;

/// <summary>
/// Which characters a TrueType font has a glyph for, read from its cmap table (formats 4 and 12). PDFsharp draws a
/// missing character as an empty box or nothing at all, so the booklet asks this before choosing a font for a run.
/// </summary>
internal sealed class FontCoverage
{
    private readonly HashSet<int> codePoints;

    private FontCoverage(HashSet<int> codePoints) => this.codePoints = codePoints;

    public int Count => codePoints.Count;

    public bool Has(int codePoint) => codePoints.Contains(codePoint);

    /// <summary>Reads the best Unicode cmap subtable; a font we bundle always has one, so a broken file throws.</summary>
    public static FontCoverage Read(byte[] font)
    {
        var data = font.AsSpan();
        var tables = BinaryPrimitives.ReadUInt16BigEndian(data[4..]);
        for (var i = 0; i < tables; i++)
        {
            var record = data[(12 + (16 * i))..];
            if (record[..4].SequenceEqual("cmap"u8))
            {
                return new FontCoverage(ReadCmap(data[(int)BinaryPrimitives.ReadUInt32BigEndian(record[8..])..]));
            }
        }

        throw new InvalidOperationException("The font has no cmap table.");
    }

    private static HashSet<int> ReadCmap(ReadOnlySpan<byte> cmap)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap[2..]);
        var best = -1;
        var bestRank = 0;
        for (var i = 0; i < count; i++)
        {
            var record = cmap[(4 + (8 * i))..];
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap[offset..]);
            // Full Unicode (format 12) beats the BMP-only table (format 4).
            var rank = (platform, encoding, format) switch
            {
                (3, 10, 12) or (0, 4, 12) or (0, 6, 12) => 2,
                (3, 1, 4) or (0, _, 4) => 1,
                _ => 0,
            };
            if (rank > bestRank)
            {
                (best, bestRank) = (offset, rank);
            }
        }

        if (best < 0)
        {
            throw new InvalidOperationException("The font has no Unicode cmap.");
        }

        var table = cmap[best..];
        return BinaryPrimitives.ReadUInt16BigEndian(table) == 12 ? Format12(table) : Format4(table);
    }

    private static HashSet<int> Format4(ReadOnlySpan<byte> table)
    {
        var set = new HashSet<int>();
        var segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        var ends = table[14..];
        var starts = ends[((2 * segments) + 2)..];
        var deltas = starts[(2 * segments)..];
        var rangeOffsets = deltas[(2 * segments)..];
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(ends[(2 * s)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(starts[(2 * s)..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(deltas[(2 * s)..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(rangeOffsets[(2 * s)..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = (2 * s) + rangeOffset + (2 * (c - start));
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(rangeOffsets[at..]);
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                if (glyph != 0)
                {
                    set.Add(c);
                }
            }
        }

        return set;
    }

    private static HashSet<int> Format12(ReadOnlySpan<byte> table)
    {
        var set = new HashSet<int>();
        var groups = BinaryPrimitives.ReadUInt32BigEndian(table[12..]);
        for (var g = 0; g < groups; g++)
        {
            var group = table[(16 + (12 * g))..];
            var start = BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            var glyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (var c = start; c <= end && c <= 0x10FFFF; c++)
            {
                if (glyph + (c - start) != 0)
                {
                    set.Add((int)c);
                }
            }
        }

        return set;
    }
}
