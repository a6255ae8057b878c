using EigenPlan.Core.Content;
using EigenPlan.Core.Plans;

namespace EigenPlan.Core.SharedPlans;

/// <summary>
/// Per topic the smiley the resident chose, the Zelfredzaamheid-Matrix domains and the level it maps to, next to the
/// resident's own words. For professionals only, never on a resident's page (the study asked for no professional
/// language towards residents): the web app shows invited professionals <see cref="ProfessionalView"/>, built from
/// the topics the resident shared.
/// </summary>
public sealed record ProfessionalSummary(IReadOnlyList<ProfessionalTopic> Topics)
{
    public static ProfessionalSummary Build(PlanContent plan, Format format)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(format);
        var topics = format.Houses
            .SelectMany(house => house.Topics.Select(topic =>
            {
                var answers = plan.Topics.GetValueOrDefault(topic.Key) ?? new TopicAnswers();
                var smiley = answers.SmileyId is { } id ? format.FindSmiley(id) : null;
                var words = format.Questions.Where(q => TopicRules.HasText(answers.Answer(q.Id)))
                    .Select(q => new AnswerLine(q, answers.Answer(q.Id))).ToList();
                return new ProfessionalTopic(house.Title, topic, smiley, topic.ZrmDomains, smiley?.ZrmLevel, words, answers.Skipped);
            }))
            .ToList();
        return new ProfessionalSummary(topics);
    }

    /// <summary>The ZRM level in words (1 acuut … 5 volledig zelfredzaam).</summary>
    public static string LevelLabel(int? level) => level switch
    {
        1 => "1 – acute problematiek",
        2 => "2 – niet zelfredzaam",
        3 => "3 – beperkt zelfredzaam",
        4 => "4 – voldoende zelfredzaam",
        5 => "5 – volledig zelfredzaam",
        _ => "geen niveau",
    };
}

/// <summary>One topic in the professional summary. <see cref="ZrmLevel"/> is null without a face or for "Niet van toepassing".</summary>
public sealed record ProfessionalTopic(
    string HouseTitle,
    Topic Topic,
    Smiley? Smiley,
    IReadOnlyList<string> ZrmDomains,
    int? ZrmLevel,
    IReadOnlyList<AnswerLine> Words,
    bool Skipped)
{
    public bool HasContent => Smiley is not null || Words.Count > 0;
}
