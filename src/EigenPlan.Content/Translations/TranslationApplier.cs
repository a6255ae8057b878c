using EigenPlan.Core.Content;

namespace EigenPlan.Content.Translations;

/// <summary>
/// Puts translated words on the Dutch format: ids, colours, icons, roles and ZRM values stay as they are, and a word the
/// translation lacks stays Dutch. Words for ids the Dutch format no longer has are simply not used.
/// </summary>
internal static class TranslationApplier
{
    public static Format Apply(Format dutch, FormatWords words) => dutch with
    {
        Name = words.Name ?? dutch.Name,
        Language = words.Language,
        Translation = new FormatTranslation { Checked = words.Checked, Note = words.Note },
        Questions = [.. dutch.Questions.Select(q => words.Questions.GetValueOrDefault(q.Id) is { } w ? q with { Label = w.Label ?? q.Label, Hint = w.Hint ?? q.Hint } : q)],
        Smileys = [.. dutch.Smileys.Select(s => words.Smileys.GetValueOrDefault(s.Id) is { } label ? s with { Label = label } : s)],
        Houses = [.. dutch.Houses.Select(h => words.Houses.GetValueOrDefault(h.Id) is { } w ? Apply(h, w) : h)],
    };

    private static House Apply(House house, HouseWords words) => house with
    {
        Title = words.Title ?? house.Title,
        Intro = words.Intro ?? house.Intro,
        Topics = [.. house.Topics.Select(t => words.Topics.GetValueOrDefault(t.Id) is { } w ? Apply(t, w) : t)],
    };

    private static Topic Apply(Topic topic, TopicWords words) => topic with
    {
        Title = words.Title ?? topic.Title,
        Essence = words.Essence ?? topic.Essence,
        Suggestions = words.Suggestions ?? topic.Suggestions,
        DeepeningQuestions = words.DeepeningQuestions ?? topic.DeepeningQuestions,
    };
}
