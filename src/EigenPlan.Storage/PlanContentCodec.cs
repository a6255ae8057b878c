using System.IO.Compression;
using EigenPlan.Core.Plans;

namespace EigenPlan.Storage;

/// <summary>
/// Plan content to bytes and back: the export JSON (one versioned format for files and storage), Brotli-compressed
/// so a plan with full drawings stays well under LiteDB's 16 MB document limit. Every provider seals exactly these bytes,
/// so a plan copied as ciphertext from one provider to another opens there too.
/// </summary>
public static class PlanContentCodec
{
    public static byte[] Encode(PlanContent content, DateTimeOffset now)
    {
        var json = PlanExport.ToUtf8Json(content, now, indented: false);
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write(json);
        }
        return output.ToArray();
    }

    public static PlanContent Decode(byte[] compressed)
    {
        using var brotli = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var result = PlanExport.Parse(brotli);
        return result.Plan ?? throw new InvalidDataException("Stored plan content is not a valid plan: " + string.Join(" ", result.Errors));
    }
}
