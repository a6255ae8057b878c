using System.Globalization;
using System.Text;

namespace EigenPlan.Booklet.Shaping;

/// <summary>
/// Gives Arabic letters their contextual form (isolated, final, initial, medial) and joins lam with alef, by replacing
/// them with Unicode's Arabic Presentation Forms (U+FB50–U+FDFF, U+FE70–U+FEFF). PDFsharp draws characters through the
/// font's cmap and does no shaping; Noto Sans Arabic maps every presentation form to the right joined glyph, so this is
/// all the shaping the booklet needs. The forms table is derived from Unicode's own compatibility decompositions (NFKC
/// of each presentation form is its base letter), not typed in by hand.
/// </summary>
/// <remarks>
/// Not done: ligatures other than lam-alef, mark positioning (harakat are drawn on their letter but not placed by the
/// font's anchors), kashida justification, letters without a presentation form (they stay as they are, unjoined).
/// </remarks>
internal static class ArabicShaper
{
    private enum Joining { None, Right, Dual, Causing, Transparent }

    /// <summary>Forms per base letter: isolated, final, initial, medial (0 when the letter has no such form).</summary>
    private static readonly Dictionary<char, char[]> Forms = BuildForms();

    /// <summary>A shaped cluster: its text (a presentation form, maybe followed by marks) and where it started.</summary>
    public readonly record struct Cluster(string Text, int Start, int Length, bool IsArabic);

    /// <summary>True for the Arabic script blocks (letters, marks, digits and punctuation alike).</summary>
    public static bool IsArabicScript(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F'
        or >= '\u08A0' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    /// <summary>
    /// Splits text (logical order) into clusters: a character with the combining marks after it, an Arabic letter already
    /// in its contextual form, or a lam-alef ligature standing for two letters.
    /// </summary>
    public static List<Cluster> Shape(string text)
    {
        var clusters = new List<Cluster>(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var c = text[i];
            var builder = new StringBuilder();
            var arabic = IsArabicScript(c);
            if (c == '\u0644' && NextBase(text, i) is var alef and >= 0 && LamAlef(text[alef], JoinsBefore(text, i)) is { } ligature)
            {
                builder.Append(ligature);
                // Marks of the lam, then of the alef, follow the ligature.
                builder.Append(text, i + 1, alef - i - 1);
                i = alef + 1;
            }
            else
            {
                builder.Append(arabic ? Contextual(text, i) : c);
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(text[++i]);
                }

                i++;
            }

            while (i < text.Length && IsMark(text[i]))
            {
                builder.Append(text[i++]);
            }

            clusters.Add(new Cluster(builder.ToString(), start, i - start, arabic));
        }

        return clusters;
    }

    /// <summary>The whole text shaped, in logical order (for tests and measuring a single Arabic word).</summary>
    public static string ShapeToString(string text) => string.Concat(Shape(text).Select(c => c.Text));

    private static char Contextual(string text, int i)
    {
        var c = text[i];
        if (!Forms.TryGetValue(c, out var forms))
        {
            return c;
        }

        var before = JoinsBefore(text, i);
        var after = JoinsAfter(text, i);
        var form = (before, after) switch
        {
            (true, true) => forms[3],
            (true, false) => forms[1],
            (false, true) => forms[2],
            _ => forms[0],
        };
        return form != 0 ? form : forms[0];
    }

    /// <summary>This letter connects to the letter before it (to its right on paper).</summary>
    private static bool JoinsBefore(string text, int i) =>
        TypeOf(text[i]) is Joining.Right or Joining.Dual or Joining.Causing
        && PreviousBase(text, i) is var p and >= 0 && TypeOf(text[p]) is Joining.Dual or Joining.Causing;

    /// <summary>This letter connects to the letter after it (to its left on paper).</summary>
    private static bool JoinsAfter(string text, int i) =>
        TypeOf(text[i]) is Joining.Dual or Joining.Causing
        && NextBase(text, i) is var n and >= 0 && TypeOf(text[n]) is Joining.Right or Joining.Dual or Joining.Causing;

    private static char? LamAlef(char alef, bool joinedBefore) => alef switch
    {
        '\u0622' => joinedBefore ? '\uFEF6' : '\uFEF5',
        '\u0623' => joinedBefore ? '\uFEF8' : '\uFEF7',
        '\u0625' => joinedBefore ? '\uFEFA' : '\uFEF9',
        '\u0627' => joinedBefore ? '\uFEFC' : '\uFEFB',
        _ => null,
    };

    private static int PreviousBase(string text, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (TypeOf(text[j]) != Joining.Transparent)
            {
                return j;
            }
        }

        return -1;
    }

    private static int NextBase(string text, int i)
    {
        for (var j = i + 1; j < text.Length; j++)
        {
            if (TypeOf(text[j]) != Joining.Transparent)
            {
                return j;
            }
        }

        return -1;
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    private static Joining TypeOf(char c)
    {
        if (IsMark(c))
        {
            return Joining.Transparent;
        }

        if (c is '\u0640' or '\u200D')
        {
            return Joining.Causing;
        }

        return Forms.TryGetValue(c, out var forms) ? forms[2] != 0 ? Joining.Dual : forms[1] != 0 ? Joining.Right : Joining.None : Joining.None;
    }

    /// <summary>
    /// Reads the presentation-form blocks: consecutive code points that decompose (NFKC) to the same letter are its forms,
    /// always in the order isolated, final, initial, medial. The first run per letter wins (U+FE80 block first), so a
    /// later run such as the Uighur initial/medial alef maksura (U+FBE8) cannot overwrite the standard forms.
    /// </summary>
    private static Dictionary<char, char[]> BuildForms()
    {
        var forms = new Dictionary<char, char[]>();
        foreach (var (from, to) in new[] { (0xFE80, 0xFEF4), (0xFB50, 0xFBFF) })
        {
            var c = from;
            while (c <= to)
            {
                var base1 = BaseOf((char)c);
                var run = 1;
                while (base1 is not null && c + run <= to && BaseOf((char)(c + run)) == base1)
                {
                    run++;
                }

                if (base1 is { } letter && run is 1 or 2 or 4 && !forms.ContainsKey(letter))
                {
                    var entry = new char[4];
                    for (var k = 0; k < run; k++)
                    {
                        entry[k] = (char)(c + k);
                    }

                    forms[letter] = entry;
                }

                c += run;
            }
        }

        return forms;
    }

    private static char? BaseOf(char form)
    {
        if (CharUnicodeInfo.GetUnicodeCategory(form) == UnicodeCategory.OtherNotAssigned)
        {
            return null;
        }

        var decomposed = form.ToString().Normalize(NormalizationForm.FormKC);
        // The letter itself may be composed (alef with hamza above is U+0623, or U+0627 U+0654 after NFKD).
        var composed = decomposed.Normalize(NormalizationForm.FormC);
        return composed.Length == 1 && composed[0] != form && composed[0] is >= '\u0620' and <= '\u06FF' ? composed[0] : null;
    }
}
