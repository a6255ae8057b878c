using System.Text;
using CsCheck;

namespace EigenPlan.Bench.Fuzz;

/// <summary>
/// Mutations of the file as a whole, as it arrives when someone saves it with the wrong program: another encoding or
/// a byte order mark, something that is not text at all (a zip or gzip file under the expected name), or a file of
/// 10 MB. Each must end in a reported problem as quickly as a small mistake does.
/// </summary>
public static partial class Mutations
{
    private const int HugeBytes = 10 * 1024 * 1024;

    private static readonly (string Name, Func<byte[], byte[]> Encode)[] Encodings =
    [
        ("UTF-8 met BOM", data => [0xEF, 0xBB, 0xBF, .. data]),
        ("UTF-16 LE met BOM", data => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(data))]),
        ("UTF-16 BE met BOM", data => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Encoding.UTF8.GetString(data))]),
        ("Latin-1 (Excel 'CSV')", data => Encoding.Latin1.GetBytes(Encoding.UTF8.GetString(data))),
    ];

    private static readonly (string Name, byte[] Header)[] BinaryHeaders =
    [
        ("zip", [(byte)'P', (byte)'K', 3, 4, 20, 0, 0, 0, 8, 0]),
        ("gzip", [0x1F, 0x8B, 8, 0]),
        ("pdf", "%PDF-1.7\n%\u00E2\u00E3\n"u8.ToArray()),
        ("nullen", []),
    ];

    /// <summary>
    /// Rare on purpose: a 10 MB input costs a thousand small ones, and the garbage of making it pauses the other
    /// worker's timed input; about one input in a hundred is 10 MB.
    /// </summary>
    private static Gen<Mutation> WholeFile => Gen.Frequency((4, Reencode), (4, Binary), (1, Huge));

    private static Gen<Mutation> Reencode => Gen.Int[0, Encodings.Length - 1].Select(which => Mutation((data, log) =>
    {
        log.Add($"opgeslagen als {Encodings[which].Name}");
        return Encodings[which].Encode(data);
    }));

    /// <summary>The file replaced by a binary one: a known header, then bytes that look compressed (or only zeros).</summary>
    private static Gen<Mutation> Binary => Gen.Select(Gen.Int[0, BinaryHeaders.Length - 1], Gen.Int[16, 65_536], Gen.Int, (which, length, seed) => Mutation((data, log) =>
    {
        var (name, header) = BinaryHeaders[which];
        var body = new byte[length];
        if (header.Length > 0)
        {
            new Random(seed).NextBytes(body);
        }

        log.Add($"vervangen door {length} bytes {name}");
        return [.. header, .. body];
    }));

    /// <summary>The file repeated to 10 MB (a copy-paste gone wrong, or an attempt to exhaust memory).</summary>
    private static Gen<Mutation> Huge => Gen.Const(Mutation((data, log) =>
    {
        if (data.Length == 0)
        {
            return data;
        }

        var huge = new byte[HugeBytes];
        for (var at = 0; at < huge.Length; at += data.Length)
        {
            data.AsSpan(0, Math.Min(data.Length, huge.Length - at)).CopyTo(huge.AsSpan(at));
        }

        log.Add($"herhaald tot {HugeBytes / (1024 * 1024)} MB");
        return huge;
    }));
}
