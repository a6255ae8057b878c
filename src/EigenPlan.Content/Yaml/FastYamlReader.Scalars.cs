using System.Globalization;
using System.Text;

namespace EigenPlan.Content.Yaml;

/// <summary>Keys and values on one line: plain, quoted, flow lists and groups; and literal and folded blocks.</summary>
internal sealed partial class FastYamlReader
{
    /// <summary>Reads <c>key:</c> at the cursor (known to be a key) and moves past the colon.</summary>
    private YamlScalar ReadKey()
    {
        YamlScalar key;
        if (Current is '"' or '\'')
        {
            key = ReadQuoted();
            SkipSpaces();
        }
        else
        {
            var (line, column, start) = (_line, Column, _pos);
            while (!(Current == ':' && (At(_pos + 1) == ' ' || IsBreakOrEnd(At(_pos + 1)))))
            {
                _pos++;
            }

            var text = _text.AsSpan(start, _pos - start).TrimEnd(' ');
            Count();
            key = new YamlScalar(line, column, new string(text), isPlain: true);
        }

        _pos++; // the colon
        return key;
    }

    /// <summary>Plain text up to a comment or the end of the line. Gives up on anything that could be a mistake.</summary>
    private YamlScalar ReadPlain()
    {
        if (IsIndicator(Current))
        {
            throw GiveUpException.Instance;
        }

        var (line, column, start) = (_line, Column, _pos);
        while (!AtLineEnd() && !(Current == '#' && _text[_pos - 1] == ' '))
        {
            if (Current == ':' && (At(_pos + 1) == ' ' || IsBreakOrEnd(At(_pos + 1))))
            {
                throw GiveUpException.Instance; // "mapping values are not allowed here": the full parser explains
            }

            _pos++;
        }

        Count();
        return new YamlScalar(line, column, new string(_text.AsSpan(start, _pos - start).TrimEnd(' ')), isPlain: true);
    }

    /// <summary>'single' or "double" quoted text that closes on the same line.</summary>
    private YamlScalar ReadQuoted()
    {
        var (line, column, start) = (_line, Column, _pos);
        var end = EndOfQuotedOnLine(start);
        if (end < 0)
        {
            throw GiveUpException.Instance;
        }

        var inner = _text.AsSpan(start + 1, end - start - 2);
        var value = _text[start] == '\'' ? Unquote(inner) : Unescape(inner);
        _pos = end;
        Count();
        return new YamlScalar(line, column, value, isPlain: false);
    }

    private static string Unquote(ReadOnlySpan<char> inner) =>
        inner.Contains('\'') ? inner.ToString().Replace("''", "'", StringComparison.Ordinal) : new string(inner);

    private static string Unescape(ReadOnlySpan<char> inner)
    {
        if (!inner.Contains('\\'))
        {
            return new string(inner);
        }

        var text = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] != '\\')
            {
                text.Append(inner[i]);
                continue;
            }

            var escape = inner[++i];
            switch (escape)
            {
                case 'x' or 'u' or 'U':
                    var digits = escape switch { 'x' => 2, 'u' => 4, _ => 8 };
                    if (inner.Length - i - 1 < digits
                        || !int.TryParse(inner.Slice(i + 1, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                        || code is > 0xFFFF or (>= 0xD800 and <= 0xDFFF) or < 0)
                    {
                        throw GiveUpException.Instance;
                    }

                    text.Append((char)code);
                    i += digits;
                    break;
                default:
                    text.Append(escape switch
                    {
                        '0' => '\0', 'a' => '\a', 'b' => '\b', 't' => '\t', 'n' => '\n', 'v' => '\v', 'f' => '\f', 'r' => '\r',
                        'e' => '\x1B', ' ' => ' ', '"' => '"', '/' => '/', '\\' => '\\', 'N' => '\u0085', '_' => '\u00A0',
                        'L' => '\u2028', 'P' => '\u2029',
                        _ => throw GiveUpException.Instance,
                    });
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>A flow list <c>[a, b]</c> or group <c>{ k: v }</c> that closes on the same line.</summary>
    private YamlNode ReadFlowNode()
    {
        var open = Current;
        YamlNode node = open == '[' ? Open(new YamlSequence(_line, Column)) : Open(new YamlMapping(_line, Column));
        var close = open == '[' ? ']' : '}';
        _pos++;
        SkipSpaces();
        if (Current == close)
        {
            _pos++;
            _depth--;
            return node;
        }

        while (true)
        {
            if (node is YamlSequence sequence)
            {
                sequence.Items.Add(ReadFlowItem());
            }
            else
            {
                var mapping = (YamlMapping)node;
                var key = Current is '"' or '\'' ? ReadQuoted() : ReadFlowPlain(isKey: true);
                SkipSpaces();
                if (Current != ':' || At(_pos + 1) != ' ' || mapping.Find(key.Value) is not null)
                {
                    throw GiveUpException.Instance;
                }

                _pos += 2;
                SkipSpaces();
                mapping.Entries.Add(new YamlEntry(key, ReadFlowItem()));
            }

            SkipSpaces();
            if (Current == close)
            {
                _pos++;
                _depth--;
                return node;
            }

            if (Current != ',')
            {
                throw GiveUpException.Instance;
            }

            _pos++;
            SkipSpaces();
        }
    }

    private YamlNode ReadFlowItem() => Current switch
    {
        '[' or '{' => ReadFlowNode(),
        '"' or '\'' => ReadQuoted(),
        _ => ReadFlowPlain(isKey: false),
    };

    /// <summary>Plain text inside a flow list or group: ends at <c>,</c>, a closing bracket, or (for a key) <c>: </c>.</summary>
    private YamlScalar ReadFlowPlain(bool isKey)
    {
        if (IsIndicator(Current))
        {
            throw GiveUpException.Instance; // also an empty item such as "[a, , b]" or a trailing comma
        }

        var (line, column, start) = (_line, Column, _pos);
        while (Current is not (',' or ']' or '}' or '[' or '{') && !AtLineEnd())
        {
            if (Current == ':' && At(_pos + 1) is ' ' or ',' or ']' or '}' or '\n' or '\r')
            {
                if (isKey)
                {
                    break;
                }

                throw GiveUpException.Instance; // a "key: value" pair inside a list
            }

            if (Current == '#' && _text[_pos - 1] == ' ')
            {
                throw GiveUpException.Instance;
            }

            _pos++;
        }

        if (AtLineEnd() || Current is '[' or '{')
        {
            throw GiveUpException.Instance; // the list goes on on the next line
        }

        Count();
        return new YamlScalar(line, column, new string(_text.AsSpan(start, _pos - start).TrimEnd(' ')), isPlain: true);
    }
}
