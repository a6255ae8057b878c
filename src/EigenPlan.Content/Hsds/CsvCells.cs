namespace EigenPlan.Content.Hsds;

/// <summary>
/// Keeps CSV cells from running as formulas when someone opens an export in a spreadsheet (CSV injection, OWASP):
/// a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading
/// <c>'</c>, which spreadsheets show as text. The rule is reversible, so an import gives back exactly what was
/// exported: a cell that starts with one or more <c>'</c> followed by one of those characters also gets one more
/// <c>'</c>, and reading removes exactly one <c>'</c> from any cell of that shape.
/// </summary>
/// <remarks>
/// The price: another system reading the CSV sees the quote too (a phone number <c>+31 …</c> arrives as
/// <c>'+31 …</c>), which is what OWASP accepts for files people may open in a spreadsheet.
/// </remarks>
public static class CsvCells
{
    /// <summary>The characters a spreadsheet treats as the start of a formula.</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The value as it is written to a CSV file.</summary>
    public static string Neutralise(string value) => NeedsQuote(value, minQuotes: 0) ? "'" + value : value;

    /// <summary>The value as it was before <see cref="Neutralise"/>.</summary>
    public static string Restore(string cell) => NeedsQuote(cell, minQuotes: 1) ? cell[1..] : cell;

    /// <summary>True when the text is at least <paramref name="minQuotes"/> quotes followed by a formula start.</summary>
    private static bool NeedsQuote(string text, int minQuotes)
    {
        var quotes = 0;
        while (quotes < text.Length && text[quotes] == '\'')
        {
            quotes++;
        }

        return quotes >= minQuotes && quotes < text.Length && Array.IndexOf(FormulaStarts, text[quotes]) >= 0;
    }
}
