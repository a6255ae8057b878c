using System.Text;

namespace EigenPlan.Content.Yaml;

/// <summary>Literal (<c>|</c>) and folded (<c>&gt;</c>) blocks: the way to write longer texts over several lines.</summary>
internal sealed partial class FastYamlReader
{
    /// <summary>
    /// Reads a block scalar whose indicator is at the cursor. Supports <c>|</c>, <c>&gt;</c> and the strip indicator
    /// <c>-</c>; an explicit indentation digit, the keep indicator <c>+</c>, a folded block with extra-indented lines
    /// and a block running to the very end of a file without a final line break go to the full parser.
    /// </summary>
    private YamlScalar ReadBlockScalar(int parentIndent)
    {
        var (line, column) = (_line, Column);
        var folded = Current == '>';
        _pos++;
        var strip = Current == '-';
        if (strip)
        {
            _pos++;
        }

        if (Current is '+' or (>= '0' and <= '9'))
        {
            throw GiveUpException.Instance;
        }

        EndOfLine();

        // Collect the content lines (without their indentation); blank lines count as empty.
        var lines = new List<(int Start, int End)>();
        var contentIndent = -1;
        var longestLeadingBlank = 0;
        while (_pos < _length)
        {
            var start = _pos;
            var spaces = 0;
            while (At(start + spaces) == ' ')
            {
                spaces++;
            }

            var end = start + spaces;
            while (!IsBreakOrEnd(At(end)))
            {
                end++;
            }

            var blank = end == start + spaces;
            if (!blank && contentIndent < 0)
            {
                if (spaces <= parentIndent || spaces < longestLeadingBlank)
                {
                    throw GiveUpException.Instance; // an empty block, or leading blank lines indented too far
                }

                contentIndent = spaces;
            }

            if (!blank && spaces < contentIndent)
            {
                break; // the next key or list item
            }

            if (blank && contentIndent < 0)
            {
                longestLeadingBlank = Math.Max(longestLeadingBlank, spaces);
            }

            if (end >= _length)
            {
                throw GiveUpException.Instance; // no final line break
            }

            lines.Add(blank && (contentIndent < 0 || spaces <= contentIndent) ? (end, end) : (start + contentIndent, end));
            _pos = end;
            SkipRestOfLine();
        }

        if (contentIndent < 0)
        {
            throw GiveUpException.Instance;
        }

        // Trailing blank lines belong to the chomping, not the content; the cursor is already past them, which is harmless.
        var last = lines.FindLastIndex(l => l.End > l.Start);
        Count();
        return new YamlScalar(line, column, Compose(lines, last, folded, strip), isPlain: false);
    }

    private string Compose(List<(int Start, int End)> lines, int last, bool folded, bool strip)
    {
        var text = new StringBuilder();
        var blankRun = 0;
        for (var i = 0; i <= last; i++)
        {
            var (start, end) = lines[i];
            var content = _text.AsSpan(start, end - start);
            if (content.Length == 0)
            {
                blankRun++;
                continue;
            }

            if (folded && content[0] == ' ')
            {
                throw GiveUpException.Instance; // extra-indented lines keep their breaks in a folded block: rare, left to the full parser
            }

            if (text.Length > 0 || blankRun > 0)
            {
                if (folded)
                {
                    text.Append(blankRun == 0 ? " " : new string('\n', blankRun));
                }
                else
                {
                    text.Append('\n', blankRun + (text.Length > 0 ? 1 : 0));
                }
            }

            text.Append(content);
            blankRun = 0;
        }

        if (!strip)
        {
            text.Append('\n');
        }

        return text.ToString();
    }
}
