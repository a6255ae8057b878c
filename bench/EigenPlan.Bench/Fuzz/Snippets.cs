namespace EigenPlan.Bench.Fuzz;

/// <summary>
/// The text a hostile or careless editor puts into a file, per format: what mutations insert, and what replaces a
/// value. Chosen from what breaks parsers (YAML 1.1 specials, CSV injection, JSON edge numbers) and from what
/// residents and municipalities paste (Word quotes, RTL text, emoji).
/// </summary>
public sealed record Snippets(IReadOnlyList<string> Inserts, IReadOnlyList<string> Values, IReadOnlyList<string> Lines, IReadOnlyList<string> Nests)
{
    /// <summary>Unicode that trips up code that thinks one char is one letter or that text has one direction.</summary>
    public static readonly IReadOnlyList<string> Unicode =
    [
        "\u200F", "\u202E", "\u202D", "\u2066", "\u200B", "\u200D", "\uFEFF", "\0", "\u0085", "\u2028", "\u2029",
        "\r", "\r\n", "\t", "\v", "\f", "\u001B[31m", "\u00A0", "\u3000", "👩‍👩‍👧", "🏳️‍🌈", "é", "e\u0301\u0301\u0301\u0301",
        "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035A", "ﷺ", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629",
        "İ", "ß", "ﬃ", "\uFFFD", "\uFFFF", "\uFDD0", "\U0010FFFF", "’", "“", "”", "„", "‹", "…",
    ];

    /// <summary>Bytes that are not valid UTF-8: lone surrogate halves as CESU-8, overlong forms, stray continuation bytes.</summary>
    public static readonly IReadOnlyList<byte[]> BadUtf8 =
    [
        [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0x80], [0xBF], [0xFE], [0xFF],
        [0xF4, 0x90, 0x80, 0x80], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
    ];

    public static readonly Snippets Yaml = new(
        Inserts:
        [
            ": ", ":", "- ", "-", "#", " #", "? ", "&a ", "*a", "!!python/object:os.system ", "!!binary ", "!<tag:yaml.org,2002:str> ",
            "!custom ", "<<: ", "{", "}", "[", "]", ",", "'", "\"", "''", "\"\\u0000\"", "\"\\ud800\"", "|", "|-", "|+", ">", ">-",
            "|9", ">2-", "---\n", "...\n", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "`", "@", "%", "\\", "\n", "\n\n", "  ", "\t",
        ],
        Values:
        [
            "", "~", "null", "Null", "NULL", "true", "yes", "no", "off", "on", "y", "n", "0", "-0", "1", "-1", "0x1F", "0o17", "017",
            "1e400", "-1e400", ".inf", "-.inf", ".nan", "99999999999999999999999999", "3.14", "1_000", "2026-02-30", "2026-13-45",
            "9999-12-31", "0001-01-01", "2026-11-30T12:00:00Z", "12:30:00", "[]", "{}", "[a, b]", "{a: b}", "[[[]]]", "'", "\"",
            "'open", "\"open", "\"\\x\"", "\"\\U0010FFFF\"", "\"\\ud800\"", "&a value", "*a", "!!str 1", "!!int x", "!!map {}",
            "!!python/object/apply:os.system ['ls']", "<<: {a: b}", "|\n  block", ">\n  folded", "|-\n", "|+\n\n", "|2\n   x",
            "- item", "? key", "key: value", "a: b: c", "@home", "`cmd`", "javascript:alert(1)", "https://", "mailto:", "tel:",
            "<script>alert(1)</script>", "[link](javascript:alert(1))", "![x](http://x/y.png)", "# kop", "**vet", "> > > > quote",
            "    code", "1. 2. 3. 4.", "| a | b |\n|---|---|", "http://[::1]:80/", "https://ééé.nl", "+31 (0)6 1234 5678",
            "a@b", "@@", "0612345678", "basis", "almere", "../../etc/passwd", "C:\\windows", "\\\\server\\share",
        ],
        Lines:
        [
            "---", "...", "%YAML 1.2", "<<: *base", "base: &base {a: b}", "? complex\n: key", "!!set {a, b}", "- - - x",
            "extra: veld", "id: basis", "id: almere", "id: ../x", "formaat: basis", "formaat: onbekend", "voorbeeld: true",
            "onderwerpen: []", "items:", "  - id: x", "huizen: {}", "naam: |", "  tekst", "\t- tab", "  \t  mixed: indent",
            "# comment", "key without colon", ": no key", "[unclosed", "{unclosed: ", "\"unterminated", "'unterminated",
            "a: 'it''s'", "a: \"\\x41\"", "a: !!timestamp 2001-12-14", "a: !!float 1", "a: 2001-12-14t21:59:43.10-05:00",
        ],
        Nests: ["[", "{a: ", "- ", "a:\n", "? "]);

    public static readonly Snippets Csv = new(
        Inserts: [",", "\"", "\"\"", "\n", "\r\n", "\r", ",,", "\",\"", "\"\n\"", "\uFEFF", " ", "'", ";", "\t", "=", "+", "-", "@"],
        Values:
        [
            "", "\"\"", "\"", "\"a,b\"", "\"a\"\"b\"", "\"line1\nline2\"", "\"line1\r\nline2\"", "=1+1", "=HYPERLINK(\"http://x\")",
            "=cmd|' /C calc'!A0", "+31 20 123 4567", "-1", "@SUM(A1)", "'=1", "\t=1", "javascript:alert(1)", "http://", "https://x",
            "mailto:a@b", "tel:+31", "not-a-uuid", "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
            "2026-02-30", "2026-13-01", "9999-12-31", "0", "1e400", "NaN", "true", "null", "basis", "wonen.wonen", "wonen.",
            ".", "..", "../x", "/etc/passwd", "\u202Eevil", "Nog niet bekend. Vul dit in.", "   ", "\u00A0",
        ],
        Lines: ["", ",", ",,,,,,,,,,", "\"", "\"\"\"", "id,name", "a\"b,c", "\uFEFFid,name", "\"unterminated,x"],
        Nests: []);

    public static readonly Snippets Json = new(
        Inserts: ["{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "null", "//", "/*", "*/", "\n", " ", "\t", "NaN", "'"],
        Values:
        [
            "null", "true", "false", "0", "-0", "1", "-1", "2", "3", "99", "2147483648", "-2147483649", "9223372036854775808",
            "1e400", "-1e400", "1e-400", "0.5", "1.0", "123456789012345678901234567890", "NaN", "Infinity", "\"\"", "\" \"",
            "\"x\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\\"\"", "[]", "{}", "[null]", "[1,2,3]", "{\"a\":1}",
            "\"2026-02-30\"", "\"9999-12-31\"", "\"0001-01-01\"", "\"2026-11-30T00:00:00Z\"", "\"#zzzzzz\"", "\"red\"",
            "\"eigenplan-export\"", "\"basis\"", "\"almere\"", "\"wonen.wonen\"", "\"goed\"", "[1e400]", "[NaN]", "[-1,-1]",
        ],
        Lines: ["\"formaat\": \"eigenplan-export\",", "\"versie\": 2,", "\"extra\": 1,", "\"gemeente\": null,", "{", "}", "[", "]", ",", "\"\": 1,"],
        Nests: ["[", "{\"a\":"]);
}
