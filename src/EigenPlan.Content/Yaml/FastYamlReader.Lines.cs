namespace EigenPlan.Content.Yaml;

/// <summary>Moving through lines: indentation, comments, blank lines and the end of a line.</summary>
internal sealed partial class FastYamlReader
{
    private char Current => _pos < _length ? _text[_pos] : '\n';

    /// <summary>1-based column of the cursor, as YamlDotNet counts it.</summary>
    private int Column => _pos - _lineStart + 1;

    private bool AtLineEnd() => _pos >= _length || _text[_pos] is '\n' or '\r';

    private char At(int index) => index < _length ? _text[index] : '\n';

    private static bool IsBreakOrEnd(char c) => c is '\n' or '\r';

    private void SkipSpaces()
    {
        while (_pos < _length && _text[_pos] == ' ')
        {
            _pos++;
        }
    }

    /// <summary>Moves past the end of the current line (whatever is on it).</summary>
    private void SkipRestOfLine()
    {
        while (!AtLineEnd())
        {
            _pos++;
        }

        if (_pos < _length)
        {
            _pos += _text[_pos] == '\r' ? 2 : 1;
            _line++;
            _lineStart = _pos;
        }
    }

    /// <summary>After a complete value: only spaces and a comment may follow on the line.</summary>
    private void EndOfLine()
    {
        SkipSpaces();
        if (Current == '#' && _text[_pos - 1] == ' ')
        {
            SkipRestOfLine();
            return;
        }

        if (!AtLineEnd())
        {
            throw GiveUpException.Instance;
        }

        SkipRestOfLine();
    }

    /// <summary>
    /// Skips blank and comment lines. Returns the indentation of the next line with content, with the cursor on its
    /// first character, or -1 at the end of the file. Document markers and directives are left to the full parser.
    /// </summary>
    private int NextContentLine()
    {
        while (_pos < _length)
        {
            if (_pos != _lineStart)
            {
                // Only indentation before the cursor: a nested block already found this line and stopped at it.
                if (!_text.AsSpan(_lineStart, _pos - _lineStart).ContainsAnyExcept(' '))
                {
                    return _pos - _lineStart;
                }

                SkipRestOfLine();
                continue;
            }

            SkipSpaces();
            if (AtLineEnd() || Current == '#')
            {
                SkipRestOfLine();
                continue;
            }

            var indent = _pos - _lineStart;
            if (indent == 0 && (Current == '%' || StartsWithMarker("---") || StartsWithMarker("...")))
            {
                throw GiveUpException.Instance;
            }

            return indent;
        }

        return -1;
    }

    private bool StartsWithMarker(string marker) =>
        _text.AsSpan(_pos, Math.Min(_length - _pos, 3)).SequenceEqual(marker) && (IsBreakOrEnd(At(_pos + 3)) || At(_pos + 3) == ' ');

    /// <summary>A block sequence entry: a dash followed by a space or the end of the line.</summary>
    private bool IsSequenceDash() => Current == '-' && (At(_pos + 1) == ' ' || IsBreakOrEnd(At(_pos + 1)));

    /// <summary>Whether the text at the cursor is <c>key:</c> (plain or quoted key, then a colon and a space or line end).</summary>
    private bool LooksLikeKey()
    {
        var i = _pos;
        var c = At(i);
        if (c is '"' or '\'')
        {
            i = EndOfQuotedOnLine(i);
            if (i < 0)
            {
                return false;
            }

            while (At(i) == ' ')
            {
                i++;
            }

            return At(i) == ':' && (At(i + 1) == ' ' || IsBreakOrEnd(At(i + 1)));
        }

        if (IsIndicator(c))
        {
            return false;
        }

        for (; !IsBreakOrEnd(At(i)); i++)
        {
            if (At(i) == ':' && (At(i + 1) == ' ' || IsBreakOrEnd(At(i + 1))))
            {
                return true;
            }

            if (At(i) == '#' && At(i - 1) == ' ')
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Index just after the closing quote of the quoted text starting at <paramref name="start"/>, or -1 when it does not close on this line.</summary>
    private int EndOfQuotedOnLine(int start)
    {
        var quote = _text[start];
        for (var i = start + 1; !IsBreakOrEnd(At(i)); i++)
        {
            if (quote == '"' && At(i) == '\\')
            {
                i++;
                continue;
            }

            if (At(i) == quote)
            {
                if (quote == '\'' && At(i + 1) == '\'')
                {
                    i++;
                    continue;
                }

                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>Characters that cannot start a plain value or key (YAML indicators), as far as this reader is concerned.</summary>
    private static bool IsIndicator(char c) =>
        c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`';
}
