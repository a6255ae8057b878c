using System.Diagnostics.CodeAnalysis;

namespace EigenPlan.Core.Languages;

/// <summary>
/// A language the interface, the format and the booklet come in. Dutch is the source; the others are translations
/// (marked "nog te controleren door iemand die de taal als moedertaal spreekt" until someone has). The resident may
/// write in any language: this only decides the words around their answers.
/// </summary>
public sealed record PlanLanguage
{
    private PlanLanguage(string code, string nativeName, string dutchName, bool isRightToLeft, string[] months)
    {
        Code = code;
        NativeName = nativeName;
        DutchName = dutchName;
        IsRightToLeft = isRightToLeft;
        Months = months;
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

    /// <summary>
    /// The month names as a date uses them ("9 maart", Polish in the genitive "9 marca"): our own, not ICU's, so every
    /// server writes the same words and Arabic keeps the Gregorian months. For the pages and the booklet alike.
    /// </summary>
    public IReadOnlyList<string> Months { get; }

    /// <summary>"9 maart 2026", "9 March 2026", "9 marca 2026": day, month name, year, in this language.</summary>
    public string Date(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    public static PlanLanguage Dutch { get; } = new("nl", "Nederlands", "Nederlands", false,
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]);
    public static PlanLanguage English { get; } = new("en", "English", "Engels", false,
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]);
    public static PlanLanguage Turkish { get; } = new("tr", "Türkçe", "Turks", false,
        ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]);
    public static PlanLanguage Polish { get; } = new("pl", "Polski", "Pools", false,
        ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]);
    public static PlanLanguage Arabic { get; } = new("ar", "العربية", "Arabisch", true,
        ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]);

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
