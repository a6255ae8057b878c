using System.Diagnostics.CodeAnalysis;

namespace EigenPlan.Core.Languages;

/// <summary>
/// A language the interface, the format and the booklet come in. Dutch is the source; the others are translations
/// (marked "nog te controleren door iemand die de taal als moedertaal spreekt" until someone has). The resident may
/// write in any language: this only decides the words around their answers.
/// </summary>
public sealed record PlanLanguage
{
    private PlanLanguage(string code, string nativeName, string dutchName, bool isRightToLeft)
    {
        Code = code;
        NativeName = nativeName;
        DutchName = dutchName;
        IsRightToLeft = isRightToLeft;
    }

    /// <summary>The BCP 47 code, also the file suffix (<c>basis.en.yaml</c>) and the culture name for resx.</summary>
    public string Code { get; }

    /// <summary>The name in the language itself, as shown in the language choice ("Türkçe").</summary>
    public string NativeName { get; }

    /// <summary>The Dutch name, for staff pages and logs ("Turks").</summary>
    public string DutchName { get; }

    /// <summary>True for Arabic: pages get <c>dir="rtl"</c> and the booklet runs right to left.</summary>
    public bool IsRightToLeft { get; }

    public bool IsDutch => Code == Dutch.Code;

    public static PlanLanguage Dutch { get; } = new("nl", "Nederlands", "Nederlands", false);
    public static PlanLanguage English { get; } = new("en", "English", "Engels", false);
    public static PlanLanguage Turkish { get; } = new("tr", "Türkçe", "Turks", false);
    public static PlanLanguage Polish { get; } = new("pl", "Polski", "Pools", false);
    public static PlanLanguage Arabic { get; } = new("ar", "العربية", "Arabisch", true);

    /// <summary>Every supported language, Dutch first.</summary>
    public static IReadOnlyList<PlanLanguage> All { get; } = [Dutch, English, Turkish, Polish, Arabic];

    /// <summary>Finds a language by its code (case-insensitive); false for anything else, including a forged value.</summary>
    public static bool TryFind(string? code, [NotNullWhen(true)] out PlanLanguage? language)
    {
        language = All.FirstOrDefault(l => string.Equals(l.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
        return language is not null;
    }

    /// <summary>The language for a stored or posted code; Dutch for null, empty or unknown codes (older plans have none).</summary>
    public static PlanLanguage FromCode(string? code) => TryFind(code, out var language) ? language : Dutch;

    public override string ToString() => Code;
}
