using System.Text.RegularExpressions;

namespace EigenPlan.Content.Tests.Readability;

/// <summary>A piece of interface text in a .razor file: where it starts and what it says.</summary>
internal sealed record RazorText(string File, int Line, int Column, string Text);

/// <summary>
/// Takes the Dutch text out of a .razor file: the text between tags (inline tags such as &lt;em&gt; and &lt;a&gt; do
/// not split a sentence) and the literal values of label-like attributes. Razor expressions become one short word, so
/// "Hulp in @Municipality.Name" still counts three words; C# blocks, comments and @code are skipped. Text built in C#
/// strings is not seen — a known gap, kept small by keeping texts in markup.
/// </summary>
internal static partial class RazorTexts
{
    public static IReadOnlyList<RazorText> Read(string path)
    {
        var source = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var text = source;
        text = Blank(text, CodeBlock());
        text = Blank(text, Directive());
        text = Blank(text, Comment());
        text = Blank(text, StyleOrScript());
        text = Blank(text, InlineTag());
        text = Placeholder(text, Expression());
        var results = new List<RazorText>();
        foreach (Match match in TextNode().Matches(text))
        {
            var value = match.Groups[1].Value;
            if (value.IndexOfAny(['{', '}', '=']) < 0 && value.Any(char.IsLetter))
            {
                results.Add(At(path, source, match.Groups[1].Index, value));
            }
        }

        foreach (Match match in LabelAttribute().Matches(text))
        {
            results.Add(At(path, source, match.Groups[2].Index, match.Groups[2].Value));
        }

        return [.. results.OrderBy(r => r.Line).ThenBy(r => r.Column)];
    }

    /// <summary>The 1-based line and column of an offset inside a piece that starts at <paramref name="piece"/>.</summary>
    public static (int Line, int Column) Position(RazorText piece, int offset)
    {
        var before = piece.Text[..offset];
        var newlines = before.Count(c => c == '\n');
        return newlines == 0 ? (piece.Line, piece.Column + offset) : (piece.Line + newlines, offset - before.LastIndexOf('\n'));
    }

    private static RazorText At(string path, string source, int index, string value)
    {
        var lastNewline = index == 0 ? -1 : source.LastIndexOf('\n', index - 1);
        return new RazorText(path, source.AsSpan(0, index).Count('\n') + 1, index - lastNewline, value);
    }

    /// <summary>Replaces every match with spaces (keeping line breaks), so offsets stay the same.</summary>
    private static string Blank(string text, Regex pattern) =>
        pattern.Replace(text, m => Regex.Replace(m.Value, "[^\n]", " "));

    /// <summary>Replaces a Razor expression with "X" and spaces: one word, same length.</summary>
    private static string Placeholder(string text, Regex pattern) =>
        pattern.Replace(text, m => "X" + new string(' ', m.Length - 1));

    [GeneratedRegex(@"@code\s*\{[\s\S]*$")]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"^@(?:inject|using|page|implements|inherits|layout|attribute|namespace|rendermode|typeparam)\b.*$", RegexOptions.Multiline)]
    private static partial Regex Directive();

    [GeneratedRegex(@"@\*[\s\S]*?\*@|<!--[\s\S]*?-->")]
    private static partial Regex Comment();

    [GeneratedRegex(@"<(style|script)\b[\s\S]*?</\1>")]
    private static partial Regex StyleOrScript();

    [GeneratedRegex(@"</?(?:em|strong|a|span|b|i|abbr|code|kbd|small|mark|br)\b[^<>]*?/?>")]
    private static partial Regex InlineTag();

    /// <summary>
    /// @(…) with one level of nested parentheses, or @Name.Name(…)? or a localizer lookup @L["Key", …]; never the
    /// e-mail-like a@b. (The words behind a key are in the Dutch resx files, checked on their own.)
    /// </summary>
    [GeneratedRegex(@"(?<![\w@])@(?:\((?:[^()]|\([^()]*\))*\)|[A-Za-z_][\w.]*(?:\[(?:[^\[\]]|\[[^\[\]]*\])*\])?(?:\((?:[^()]|\([^()]*\))*\))?)")]
    private static partial Regex Expression();

    [GeneratedRegex(@">([^<>]+)<")]
    private static partial Regex TextNode();

    [GeneratedRegex(@"\b(aria-label|title|placeholder|Label|Title|Text|Description)=""([^""@]*[A-Za-z][^""@]*)""")]
    private static partial Regex LabelAttribute();
}
