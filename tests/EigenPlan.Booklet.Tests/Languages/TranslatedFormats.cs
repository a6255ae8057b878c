using EigenPlan.Core.Content;
using EigenPlan.Core.Languages;

namespace EigenPlan.Booklet.Tests.Languages;

/// <summary>
/// The realistic format with some of its words translated, as <c>IContentCatalog.FormatOf(municipality, language)</c>
/// hands it out: same ids, translated words where there is a translation, Dutch where there is none.
/// </summary>
public static class TranslatedFormats
{
    public static Format English { get; } = Translate(PlanLanguage.English,
        new()
        {
            ["nu"] = "How is it going now?",
            ["wil"] = "What do I want?",
            ["bereiken"] = "How do I want to achieve this?",
            ["zelf"] = "What do I already do and what can I do myself?",
            ["netwerk"] = "Who around me could help me with this?",
            ["nodig"] = "What do I still need?",
        },
        new() { ["geldzaken"] = "Money matters", ["woonruimte"] = "Housing" },
        new() { ["geldzaken.inkomen"] = "Income", ["woonruimte.wonen"] = "Living" },
        new() { ["heel-slecht"] = "Going very badly", ["slecht"] = "Going badly", ["gaat-wel"] = "Going okay", ["goed"] = "Going well", ["heel-goed"] = "Going very well", ["nvt"] = "Not applicable" });

    public static Format Arabic { get; } = Translate(PlanLanguage.Arabic,
        new()
        {
            ["nu"] = "كيف الحال الآن؟",
            ["wil"] = "ماذا أريد؟",
            ["bereiken"] = "كيف أريد أن أحقق ذلك؟",
            ["zelf"] = "ماذا أفعل وأستطيع بنفسي؟",
            ["netwerk"] = "من حولي يمكنه مساعدتي في هذا؟",
            ["nodig"] = "ما الذي ما زلت أحتاجه؟",
        },
        new() { ["geldzaken"] = "الشؤون المالية", ["woonruimte"] = "السكن" },
        new() { ["geldzaken.inkomen"] = "الدخل", ["woonruimte.wonen"] = "المسكن" },
        new() { ["heel-slecht"] = "سيئ جداً", ["slecht"] = "سيئ", ["gaat-wel"] = "مقبول", ["goed"] = "جيد", ["heel-goed"] = "جيد جداً", ["nvt"] = "لا ينطبق" });

    private static Format Translate(PlanLanguage language, Dictionary<string, string> questions, Dictionary<string, string> houses,
        Dictionary<string, string> topics, Dictionary<string, string> smileys)
    {
        var dutch = RealisticContent.Format;
        return dutch with
        {
            Language = language,
            Questions = [.. dutch.Questions.Select(q => q with { Label = questions.GetValueOrDefault(q.Id, q.Label) })],
            Smileys = [.. dutch.Smileys.Select(s => s with { Label = smileys.GetValueOrDefault(s.Id, s.Label) })],
            Houses = [.. dutch.Houses.Select(h => h with
            {
                Title = houses.GetValueOrDefault(h.Id, h.Title),
                Topics = [.. h.Topics.Select(t => t with { Title = topics.GetValueOrDefault(t.Key, t.Title) })],
            })],
        };
    }
}
