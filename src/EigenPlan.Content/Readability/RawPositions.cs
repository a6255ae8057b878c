using EigenPlan.Content.Yaml;

namespace EigenPlan.Content.Readability;

/// <summary>
/// Finds where a piece of a YAML value is in the file. The parser gives only where the value starts; folded lines,
/// block scalars and quotes move the rest. The words of a value appear in the file in the same order, so each word is
/// looked up after the previous one, starting at the value.
/// </summary>
internal sealed class RawPositions
{
    private readonly string _raw;
    private readonly List<int> _lineStarts = [0];

    public RawPositions(string raw)
    {
        _raw = raw;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/> in <paramref name="text"/> (the value of
    /// <paramref name="scalar"/>, perhaps with link targets removed).</summary>
    public (int Line, int Column) Locate(YamlScalar scalar, string text, int offset)
    {
        var cursor = Math.Min(_lineStarts[Math.Clamp(scalar.Line - 1, 0, _lineStarts.Count - 1)] + scalar.Column - 1, _raw.Length);
        var found = cursor;
        foreach (var word in TextPieces.Words(text))
        {
            if (word.Offset > offset)
            {
                break;
            }

            var at = _raw.IndexOf(word.Text, cursor, StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            found = at + (offset - word.Offset);
            cursor = at + word.Text.Length;
        }

        return Position(Math.Min(found, _raw.Length));
    }

    private (int Line, int Column) Position(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }
}
