using EigenPlan.Booklet.Model;

namespace EigenPlan.Booklet.Sections;

/// <summary>The booklet in paper order: cover, contents, the huisjes, per house its topic pages and a vrije ruimte page, the Sociale Kaart tips.</summary>
public static class BookletSections
{
    public static IReadOnlyList<IBookletSection> For(BookletModel model)
    {
        var body = new List<IBookletSection> { new HousesOverviewSection() };
        foreach (var house in model.Houses)
        {
            body.AddRange(house.Topics.Select((topic, i) => new TopicSection(house, topic, isFirstOfHouse: i == 0, model.Houses.Count)));
            body.Add(new FreeSpaceSection(house, model.Houses.Count));
        }

        body.Add(new SocialMapSection());
        body.AddRange(model.ExtraSections);

        return [new CoverSection(), new ContentsSection(body.SelectMany(s => s.ContentsEntries).ToList()), .. body];
    }
}
