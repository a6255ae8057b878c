namespace EigenPlan.EndToEnd.Languages;

/// <summary>What a resident reads in one language along the journey (the app's resx texts, checked here as the contract).</summary>
internal sealed record LanguageWords(
    string Code,
    string NativeName,
    string Direction,
    string StartHeading,
    string StartButton,
    string NewPlanHeading,
    string NameLabel,
    string CodeKept,
    string HousesHeading,
    string HowIsIt,
    string Saved,
    string OverviewHeading,
    string InProgress)
{
    public static readonly LanguageWords Dutch = new("nl", "Nederlands", "ltr", "Maak je eigen plan", "Start mijn plan", "Start je plan",
        "Je naam", "Ik heb mijn code bewaard. Ga verder", "De huisjes", "Hoe gaat het met", "Opgeslagen", "Overzicht", "bezig");

    public static readonly LanguageWords English = new("en", "English", "ltr", "Make your own plan", "Start my plan", "Start your plan",
        "Your name", "I have kept my code. Carry on", "The houses", "How is it going with", "Saved", "Overview", "in progress");

    public static readonly LanguageWords Arabic = new("ar", "العربية", "rtl", "اصنع خطتك الخاصة", "ابدأ خطتي", "ابدأ خطتك",
        "اسمك", "حفظت رمزي. تابع", "البيوت", "كيف حال", "تم الحفظ", "نظرة عامة", "قيد العمل");
}
