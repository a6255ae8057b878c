using System.Buffers;

namespace EigenPlan.Content.Yaml;

/// <summary>
/// A small, strict reader for the part of YAML that content files use: block mappings and sequences, flow lists
/// <c>[a, b]</c> and groups <c>{ k: v }</c> on one line, plain and quoted text on one line, literal and folded blocks
/// (<c>|</c>, <c>&gt;</c>) and comments. It builds the same tree, with the same line and column, as
/// <see cref="EventYamlReader"/>. It never reports problems itself: on anything it is not certain about (a mistake,
/// an anchor, a tab, a value over several lines, an empty value, a limit reached) it gives up and returns null, and the
/// full parser reads the file instead. Recursion is bounded by <see cref="YamlLimits.MaxDepth"/>.
/// </summary>
internal sealed partial class FastYamlReader
{
    /// <summary>Characters the fast reader leaves to the full parser: tabs, control characters, odd line breaks, BOMs, surrogates.</summary>
    private static readonly SearchValues<char> Unsupported = SearchValues.Create(BuildUnsupported());

    private readonly char[] _text;
    private readonly int _length;
    private readonly YamlLimits _limits;
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private int _depth;
    private int _nodes;

    private FastYamlReader(char[] text, int length, YamlLimits limits)
    {
        _text = text;
        _length = length;
        _limits = limits;
    }

    /// <summary>The line where this thread's last attempt gave up: for tests and diagnostics only.</summary>
    [ThreadStatic]
    internal static int LastGiveUpLine;

    /// <summary>The tree of <paramref name="text"/>[0..<paramref name="length"/>], or null when the full parser must read it.</summary>
    public static YamlNode? TryRead(char[] text, int length, YamlLimits limits)
    {
        var span = text.AsSpan(0, length);
        if (span.ContainsAny(Unsupported) || HasLoneCarriageReturn(span))
        {
            return null;
        }

        var reader = new FastYamlReader(text, length, limits);
        try
        {
            return reader.ReadDocument();
        }
        catch (GiveUpException)
        {
            LastGiveUpLine = reader._line;
            return null;
        }
    }

    private YamlNode ReadDocument()
    {
        if (NextContentLine() != 0)
        {
            throw GiveUpException.Instance; // empty file or an indented root: let the full parser explain
        }

        YamlNode root = IsSequenceDash() ? ReadSequence(0) : LooksLikeKey() ? ReadMapping(0) : throw GiveUpException.Instance;
        return NextContentLine() == -1 ? root : throw GiveUpException.Instance;
    }

    /// <summary>A block mapping whose keys start at column <paramref name="indent"/> + 1; the cursor is on its first key.</summary>
    private YamlMapping ReadMapping(int indent)
    {
        var mapping = Open(new YamlMapping(_line, Column));
        while (true)
        {
            var key = ReadKey();
            if (mapping.Find(key.Value) is not null)
            {
                throw GiveUpException.Instance; // a duplicate key: the full parser reports it
            }

            mapping.Entries.Add(new YamlEntry(key, ReadValue(indent, inSequence: false)));
            var next = NextContentLine();
            if (next < indent)
            {
                _depth--;
                return mapping;
            }

            if (next > indent || IsSequenceDash())
            {
                throw GiveUpException.Instance;
            }
        }
    }

    /// <summary>A block sequence whose dashes are at column <paramref name="indent"/> + 1; the cursor is on the first dash.</summary>
    private YamlSequence ReadSequence(int indent)
    {
        var sequence = Open(new YamlSequence(_line, Column));
        while (true)
        {
            _pos++; // the dash
            sequence.Items.Add(ReadValue(indent, inSequence: true));
            var next = NextContentLine();
            if (next < indent || (next == indent && !IsSequenceDash()))
            {
                _depth--;
                return sequence;
            }

            if (next > indent)
            {
                throw GiveUpException.Instance;
            }
        }
    }

    /// <summary>
    /// The value after <c>key:</c> or <c>-</c>; the cursor is just after the indicator. Consumes the rest of the line,
    /// and for a nested block the lines that belong to it.
    /// </summary>
    private YamlNode ReadValue(int parentIndent, bool inSequence)
    {
        SkipSpaces();
        if (AtLineEnd() || Current == '#')
        {
            SkipRestOfLine();
            var indent = NextContentLine();
            if (indent > parentIndent)
            {
                return IsSequenceDash() ? ReadSequence(indent) : LooksLikeKey() ? ReadMapping(indent) : throw GiveUpException.Instance;
            }

            // A list may sit at the same indentation as the key it belongs to; anything else is an empty value.
            return indent == parentIndent && !inSequence && IsSequenceDash() ? ReadSequence(indent) : throw GiveUpException.Instance;
        }

        switch (Current)
        {
            case '|' or '>':
                return ReadBlockScalar(parentIndent);
            case '[' or '{':
                var flow = ReadFlowNode();
                EndOfLine();
                return flow;
            case '"' or '\'':
                var quoted = ReadQuoted();
                EndOfLine();
                return quoted;
        }

        if (inSequence && LooksLikeKey())
        {
            return ReadMapping(Column - 1);
        }

        var plain = ReadPlain();
        EndOfLine();
        return plain;
    }

    private T Open<T>(T node)
        where T : YamlNode
    {
        if (++_depth > _limits.MaxDepth)
        {
            throw GiveUpException.Instance;
        }

        Count();
        return node;
    }

    private void Count()
    {
        if (++_nodes > _limits.MaxNodes)
        {
            throw GiveUpException.Instance;
        }
    }

    private static bool HasLoneCarriageReturn(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOf('\r'); i >= 0; i = text.IndexOf('\r'))
        {
            if (i + 1 >= text.Length || text[i + 1] != '\n')
            {
                return true;
            }

            text = text[(i + 1)..];
        }

        return false;
    }

    private static string BuildUnsupported()
    {
        var chars = new List<char>();
        for (var c = (char)0; c < 0x20; c++)
        {
            if (c is not '\n' and not '\r')
            {
                chars.Add(c);
            }
        }

        for (var c = (char)0x7F; c <= 0x9F; c++)
        {
            chars.Add(c);
        }

        chars.AddRange(['\u2028', '\u2029', '\uFEFF']);
        for (var c = (char)0xD800; c <= 0xDFFF; c++)
        {
            chars.Add(c);
        }

        return new string([.. chars]);
    }

    /// <summary>Thrown (one shared instance, no stack trace needed) to hand the file to the full parser.</summary>
    private sealed class GiveUpException : Exception
    {
        public static readonly GiveUpException Instance = new();
    }
}
