using EigenPlan.Booklet.Model;

namespace EigenPlan.Booklet.Sections.Explanation;

/// <summary>
/// The uitlegboekje in paper order: cover, contents, what the booklet is and who the fictional residents are, the
/// huisjes explained with each resident's filled-in houses, per house and topic the questions explained with the
/// residents' answers, and where to go next.
/// </summary>
public static class ExplanationSections
{
    public static IReadOnlyList<IBookletSection> For(ExplanationBookletModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var houses = model.Booklet.Houses;
        var body = new List<IBookletSection> { new ExplanationIntroSection(model), new HousesExplanationSection(model) };
        foreach (var house in houses)
        {
            body.AddRange(house.Topics.Select((topic, i) => new TopicExplanationSection(model, house, topic, isFirstOfHouse: i == 0)));
        }

        body.Add(new ExplanationClosingSection(model.Booklet.Words.Explanation));
        return [new ExplanationCoverSection(model), new ContentsSection(body.SelectMany(s => s.ContentsEntries).ToList()), .. body];
    }
}
