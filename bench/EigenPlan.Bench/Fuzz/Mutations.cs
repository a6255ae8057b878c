using System.Text;
using CsCheck;

namespace EigenPlan.Bench.Fuzz;

/// <summary>Changes one file's bytes and says what it did (for the saved failure).</summary>
public delegate byte[] Mutation(byte[] data, List<string> log);

/// <summary>
/// Generators of mutations: byte flips and cuts as a careless copy makes them, and line edits as a hand-editor makes
/// them (lines deleted, doubled, moved, re-indented, a tab, a very long value, deep nesting, a special value). Every
/// choice comes from the generator, so a case seed gives the same input again.
/// </summary>
public static partial class Mutations
{
    private static readonly Gen<uint> Any = Gen.UInt.Uniform;
    private static readonly byte[] InterestingBytes = [0, 0xFF, 0x7F, 0x80, 0xC0, 0xEF, (byte)'\r', (byte)'\n', (byte)'\t', (byte)'"', (byte)'\'', (byte)':', (byte)'-', (byte)'#', (byte)'{', (byte)'[', (byte)',', (byte)' ', (byte)'&', (byte)'*', (byte)'!', (byte)'|', (byte)'>'];
    private static readonly int[] LongLengths = [300, 5_000, 70_000, 600_000, 1_100_000];
    private static readonly int[] Depths = [5, 20, 33, 64, 200, 2_000, 20_000];

    /// <summary>Mutations for a text file of the given kind, weighted towards the edits that reach past the parser.</summary>
    public static Gen<Mutation> For(Snippets snippets) => Gen.Frequency(
        (4, FlipBit), (3, SetByte), (3, DeleteRange), (2, DuplicateRange), (1, Truncate),
        (3, Insert(snippets.Inserts)), (3, Insert(Snippets.Unicode)), (1, InsertBad),
        (3, DeleteLine), (3, DuplicateLine), (2, SwapLines), (3, Indent), (1, TabIndent),
        (2, LongValue), (5, ReplaceValue(snippets.Values)), (2, InsertLine(snippets.Lines)),
        (snippets.Nests.Count > 0 ? 1 : 0, Nest(snippets.Nests)), (1, LineEndings), (2, WholeFile));

    /// <summary>A stack of 1 to <paramref name="max"/> mutations, mostly few, so most inputs stay close to a real file.</summary>
    public static Gen<Mutation[]> Stack(Gen<Mutation> mutation, int max = 8) =>
        Gen.Frequency((6, Gen.Int[1, 2]), (3, Gen.Int[3, 5]), (1, Gen.Int[6, max]))
            .SelectMany(n => mutation.Array[n]);

    public static byte[] Apply(byte[] data, IEnumerable<Mutation> mutations, List<string> log) =>
        mutations.Aggregate(data, (current, mutation) => mutation(current, log));

    private static Gen<Mutation> FlipBit => Gen.Select(Any, Gen.Int[0, 7], (at, bit) => Mutation((data, log) =>
    {
        if (data.Length == 0)
        {
            return data;
        }

        var copy = (byte[])data.Clone();
        var i = (int)(at % copy.Length);
        copy[i] ^= (byte)(1 << bit);
        log.Add($"bit {bit} omgedraaid op byte {i}");
        return copy;
    }));

    private static Gen<Mutation> SetByte => Gen.Select(Any, Gen.Int[0, InterestingBytes.Length - 1], (at, which) => Mutation((data, log) =>
    {
        if (data.Length == 0)
        {
            return data;
        }

        var copy = (byte[])data.Clone();
        var i = (int)(at % copy.Length);
        copy[i] = InterestingBytes[which];
        log.Add($"byte {i} = 0x{InterestingBytes[which]:X2}");
        return copy;
    }));

    private static Gen<Mutation> DeleteRange => Gen.Select(Any, Gen.Int[1, 64], (at, length) => Mutation((data, log) =>
    {
        var i = Position(at, data.Length);
        var n = Math.Min(length, data.Length - i);
        log.Add($"{n} bytes weg op {i}");
        return [.. data.AsSpan(0, i), .. data.AsSpan(i + n)];
    }));

    private static Gen<Mutation> DuplicateRange => Gen.Select(Any, Gen.Int[1, 512], (at, length) => Mutation((data, log) =>
    {
        var i = Position(at, data.Length);
        var n = Math.Min(length, data.Length - i);
        log.Add($"{n} bytes verdubbeld op {i}");
        return [.. data.AsSpan(0, i + n), .. data.AsSpan(i)];
    }));

    private static Gen<Mutation> Truncate => Any.Select(at => Mutation((data, log) =>
    {
        var i = Position(at, data.Length);
        log.Add($"afgekapt na {i} bytes");
        return data[..i];
    }));

    private static Gen<Mutation> Insert(IReadOnlyList<string> texts) => Gen.Select(Any, Gen.Int[0, texts.Count - 1], (at, which) => Mutation((data, log) =>
    {
        var i = Position(at, data.Length);
        log.Add($"ingevoegd op {i}: {Show(texts[which])}");
        return [.. data.AsSpan(0, i), .. Encoding.UTF8.GetBytes(texts[which]), .. data.AsSpan(i)];
    }));

    private static Gen<Mutation> InsertBad => Gen.Select(Any, Gen.Int[0, Snippets.BadUtf8.Count - 1], (at, which) => Mutation((data, log) =>
    {
        var i = Position(at, data.Length);
        log.Add($"ongeldige UTF-8 op {i}: {Convert.ToHexString(Snippets.BadUtf8[which])}");
        return [.. data.AsSpan(0, i), .. Snippets.BadUtf8[which], .. data.AsSpan(i)];
    }));

    private static Gen<Mutation> DeleteLine => Any.Select(at => Mutation((data, log) =>
    {
        var lines = Lines.Split(data);
        var i = (int)(at % lines.Count);
        log.Add($"regel {i + 1} weg");
        lines.RemoveAt(i);
        return Lines.Join(lines);
    }));

    private static Gen<Mutation> DuplicateLine => Gen.Select(Any, Gen.Int[1, 3], (at, times) => Mutation((data, log) =>
    {
        var lines = Lines.Split(data);
        var i = (int)(at % lines.Count);
        log.Add($"regel {i + 1} {times}× verdubbeld");
        lines.InsertRange(i, Enumerable.Repeat(lines[i], times));
        return Lines.Join(lines);
    }));

    private static Gen<Mutation> SwapLines => Gen.Select(Any, Any, (a, b) => Mutation((data, log) =>
    {
        var lines = Lines.Split(data);
        var (i, j) = ((int)(a % lines.Count), (int)(b % lines.Count));
        log.Add($"regels {i + 1} en {j + 1} verwisseld");
        (lines[i], lines[j]) = (lines[j], lines[i]);
        return Lines.Join(lines);
    }));

    private static Gen<Mutation> Indent => Gen.Select(Any, Gen.Int[-4, 4], (at, by) => Mutation((data, log) =>
    {
        var lines = Lines.Split(data);
        var i = (int)(at % lines.Count);
        var line = lines[i];
        var spaces = line.TakeWhile(b => b == ' ').Count();
        var wanted = Math.Max(0, spaces + by);
        log.Add($"regel {i + 1} inspringing {spaces} → {wanted}");
        lines[i] = [.. Enumerable.Repeat((byte)' ', wanted), .. line.AsSpan(spaces)];
        return Lines.Join(lines);
    }));

    private static Gen<Mutation> TabIndent => Any.Select(at => Mutation((data, log) =>
    {
        var lines = Lines.Split(data);
        var i = (int)(at % lines.Count);
        log.Add($"regel {i + 1} begint met een tab");
        lines[i] = [(byte)'\t', .. lines[i]];
        return Lines.Join(lines);
    }));

    private static Gen<Mutation> LongValue => Gen.Select(Any, Gen.Int[0, LongLengths.Length - 1], Gen.OneOf("x", "é", "ab ", "👍", "\\n", "\""), (at, size, unit) => Mutation((data, log) =>
    {
        var lines = Lines.Split(data);
        var i = (int)(at % lines.Count);
        var length = LongLengths[size];
        log.Add($"regel {i + 1} + {length} × {Show(unit)}");
        var text = new StringBuilder(length * unit.Length).Insert(0, unit, length).ToString();
        lines[i] = [.. lines[i], .. Encoding.UTF8.GetBytes(text)];
        return Lines.Join(lines);
    }));

    private static Gen<Mutation> ReplaceValue(IReadOnlyList<string> values) => Gen.Select(Any, Gen.Int[0, values.Count - 1], Any, (at, which, field) => Mutation((data, log) =>
    {
        var lines = Lines.Split(data);
        var i = (int)(at % lines.Count);
        var text = Encoding.UTF8.GetString(lines[i]);
        var replaced = Lines.ReplaceValue(text, values[which], field);
        log.Add($"regel {i + 1} waarde → {Show(values[which])}");
        lines[i] = Encoding.UTF8.GetBytes(replaced);
        return Lines.Join(lines);
    }));

    private static Gen<Mutation> InsertLine(IReadOnlyList<string> texts) => Gen.Select(Any, Gen.Int[0, texts.Count - 1], (at, which) => Mutation((data, log) =>
    {
        var lines = Lines.Split(data);
        var i = (int)(at % (lines.Count + 1));
        var indent = i < lines.Count ? lines[i].TakeWhile(b => b == ' ').Count() : 0;
        log.Add($"regel ingevoegd voor {i + 1}: {Show(texts[which])}");
        lines.Insert(i, Encoding.UTF8.GetBytes(new string(' ', indent) + texts[which]));
        return Lines.Join(lines);
    }));

    private static Gen<Mutation> Nest(IReadOnlyList<string> openers) => Gen.Select(Any, Gen.Int[0, Math.Max(0, openers.Count - 1)], Gen.Int[0, Depths.Length - 1], (at, which, depth) => Mutation((data, log) =>
    {
        var lines = Lines.Split(data);
        var i = (int)(at % lines.Count);
        var opener = openers[which];
        var closer = opener switch { "[" => "]", "{a: " or "{\"a\":" => "}", _ => "" };
        // Block styles indent each level further, so their size grows with the square of the depth: keep them shallower.
        var n = opener.EndsWith('\n') ? Math.Min(Depths[depth], 300) : Depths[depth];
        var nested = new StringBuilder();
        for (var d = 0; d < n; d++)
        {
            // Block styles nest by indentation: each level on its own line, two spaces deeper.
            nested.Append(closer.Length == 0 && opener.EndsWith('\n') ? new string(' ', 2 * d) + opener : opener);
        }

        nested.Append('x').Insert(nested.Length, closer, n);
        log.Add($"regel {i + 1} waarde → {n} niveaus {Show(opener)}");
        lines[i] = Encoding.UTF8.GetBytes(Lines.ReplaceValue(Encoding.UTF8.GetString(lines[i]), nested.ToString(), 0));
        return Lines.Join(lines);
    }));

    private static Gen<Mutation> LineEndings => Gen.OneOf("\r\n", "\r", "\u2028", "\n\n").Select(ending => Mutation((data, log) =>
    {
        log.Add($"regeleinden → {Show(ending)}");
        return Lines.Join(Lines.Split(data), Encoding.UTF8.GetBytes(ending));
    }));

    private static int Position(uint at, int length) => (int)(at % (uint)(length + 1));

    private static Mutation Mutation(Mutation mutation) => mutation;

    /// <summary>A snippet for the log: escaped, and cut when long.</summary>
    internal static string Show(string text)
    {
        var shown = new StringBuilder();
        foreach (var c in text.Length > 60 ? text[..60] + "…" : text)
        {
            shown.Append(c is < ' ' or (>= '\u007F' and <= '\u009F') or '\u2028' or '\u2029' or '\u200B' or '\u200F' or '\u202E' or '\uFEFF'
                ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return $"'{shown}'";
    }
}
