namespace EigenPlan.Booklet.Shaping;

/// <summary>
/// A small part of the Unicode bidirectional algorithm, enough for one line of Arabic with Latin words and numbers in
/// it: strong letters (Arabic and Hebrew right to left, other letters left to right), numbers with their separators and
/// signs (rules W4, W5, W7), neutrals between strong characters (N1, N2), levels, and reordering (L2) with mirrored
/// brackets. No explicit embeddings: the booklet strips the control characters (<see cref="Model.BookletText"/>).
/// Lines are broken in logical order first; each line is then reordered on its own, as the algorithm prescribes.
/// </summary>
internal static class Bidi
{
    private enum Kind : byte { Left, Right, Number, Neutral }

    /// <summary>True when the first strong letter is right to left (rule P2); false for text without letters.</summary>
    public static bool StartsRightToLeft(string text)
    {
        foreach (var c in text)
        {
            switch (KindOf(c))
            {
                case Kind.Right:
                    return true;
                case Kind.Left:
                    return false;
            }
        }

        return false;
    }

    /// <summary>True when the text has a letter, so it has a direction of its own.</summary>
    public static bool HasStrongLetter(string text)
    {
        foreach (var c in text)
        {
            if (KindOf(c) is Kind.Left or Kind.Right)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when nothing in the text runs right to left, so no reordering is needed.</summary>
    public static bool IsAllLeftToRight(string text)
    {
        foreach (var c in text)
        {
            if (KindOf(c) == Kind.Right)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The embedding level of every cluster: even runs left to right, odd right to left.</summary>
    public static int[] Levels(IReadOnlyList<ArabicShaper.Cluster> clusters, string text, bool rightToLeft)
    {
        var n = clusters.Count;
        var kinds = new Kind[n];
        for (var i = 0; i < n; i++)
        {
            kinds[i] = KindOf(text[clusters[i].Start]);
        }

        var paragraph = rightToLeft ? Kind.Right : Kind.Left;
        // W4: one separator between two numbers belongs to them ("1.250", "12:30", "2025-2026").
        for (var i = 1; i + 1 < n; i++)
        {
            if (kinds[i] == Kind.Neutral && kinds[i - 1] == Kind.Number && kinds[i + 1] == Kind.Number
                && clusters[i].Text is "." or "," or ":" or "/" or "-" or "+" or "\u066B" or "\u066C")
            {
                kinds[i] = Kind.Number;
            }
        }

        // W5: currency, percent and degree signs next to a number belong to it ("€ 25", "50%").
        for (var i = 0; i < n; i++)
        {
            if (kinds[i] == Kind.Neutral && clusters[i].Text is "€" or "$" or "£" or "%" or "°" or "#" or "\u066A"
                && ((i > 0 && kinds[i - 1] == Kind.Number) || (i + 1 < n && kinds[i + 1] == Kind.Number)))
            {
                kinds[i] = Kind.Number;
            }
        }

        // W7: a number after left-to-right text (or at the start of a left-to-right line) is simply left to right.
        var lastStrong = paragraph;
        for (var i = 0; i < n; i++)
        {
            if (kinds[i] is Kind.Left or Kind.Right)
            {
                lastStrong = kinds[i];
            }
            else if (kinds[i] == Kind.Number && lastStrong == Kind.Left)
            {
                kinds[i] = Kind.Left;
            }
        }

        // N1, N2: neutrals take the direction of the strong text on both sides when it agrees (numbers count as right
        // to left here), otherwise the paragraph's.
        for (var i = 0; i < n; i++)
        {
            if (kinds[i] != Kind.Neutral)
            {
                continue;
            }

            var end = i;
            while (end < n && kinds[end] == Kind.Neutral)
            {
                end++;
            }

            var before = i > 0 ? Strong(kinds[i - 1]) : paragraph;
            var after = end < n ? Strong(kinds[end]) : paragraph;
            var resolved = before == after ? before : paragraph;
            for (var k = i; k < end; k++)
            {
                kinds[k] = resolved;
            }

            i = end - 1;
        }

        var levels = new int[n];
        for (var i = 0; i < n; i++)
        {
            levels[i] = (rightToLeft, kinds[i]) switch
            {
                (false, Kind.Left) => 0,
                (false, Kind.Right) => 1,
                (false, _) => 2,
                (true, Kind.Right) => 1,
                (true, _) => 2,
            };
        }

        return levels;
    }

    /// <summary>Rule L2: from the highest level down to the lowest odd one, reverse every run at that level or higher.</summary>
    public static int[] VisualOrder(int[] levels)
    {
        var order = Enumerable.Range(0, levels.Length).ToArray();
        if (levels.Length == 0)
        {
            return order;
        }

        var highest = levels.Max();
        var lowestOdd = levels.Where(l => l % 2 == 1).DefaultIfEmpty(highest + 1).Min();
        var current = (int[])levels.Clone();
        for (var level = highest; level >= lowestOdd; level--)
        {
            var i = 0;
            while (i < current.Length)
            {
                if (current[i] < level)
                {
                    i++;
                    continue;
                }

                var end = i;
                while (end < current.Length && current[end] >= level)
                {
                    end++;
                }

                Array.Reverse(order, i, end - i);
                Array.Reverse(current, i, end - i);
                i = end;
            }
        }

        return order;
    }

    /// <summary>Rule L4: a bracket in right-to-left text is drawn as its mirror image.</summary>
    public static string Mirror(string cluster) => cluster switch
    {
        "(" => ")",
        ")" => "(",
        "[" => "]",
        "]" => "[",
        "{" => "}",
        "}" => "{",
        "<" => ">",
        ">" => "<",
        "«" => "»",
        "»" => "«",
        "‹" => "›",
        "›" => "‹",
        _ => cluster,
    };

    private static Kind Strong(Kind kind) => kind == Kind.Number ? Kind.Right : kind;

    private static Kind KindOf(char c)
    {
        if (c is >= '0' and <= '9' or >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9')
        {
            return Kind.Number;
        }

        if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
        {
            // Arabic punctuation such as the comma (U+060C) is neutral; letters are strong.
            return char.IsLetter(c) ? Kind.Right : Kind.Neutral;
        }

        return char.IsLetter(c) || char.IsSurrogate(c) ? Kind.Left : Kind.Neutral;
    }
}
