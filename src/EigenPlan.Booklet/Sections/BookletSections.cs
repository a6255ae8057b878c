using EigenPlan.Booklet.Model;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// The booklet in paper order: cover, contents, what to talk about first, the huisjes, then and now, per house its topic
/// pages and a vrije ruimte page, the Sociale Kaart tips, added sections (the shared plan), and how to go on.
/// </summary>
public static class BookletSections
{
    public static IReadOnlyList<IBookletSection> For(BookletModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var body = new List<IBookletSection>();
        if (AttentionSection.Applies(model))
        {
            body.Add(new AttentionSection(model.Words));
        }

        body.Add(new HousesOverviewSection(model.Words));
        if (ThenAndNowSection.Applies(model))
        {
            body.Add(new ThenAndNowSection(model.Words));
        }

        foreach (var house in model.Houses)
        {
            body.AddRange(TopicSections(model, house));
            body.Add(new FreeSpaceSection(house, model.Houses.Count, model.Words));
        }

        body.Add(new SocialMapSection(model.Words));
        body.AddRange(model.ExtraSections);
        body.Add(new ClosingSection(model.Words));

        return [new CoverSection(), new ContentsSection(body.SelectMany(s => s.ContentsEntries).ToList()), .. body];
    }

    /// <summary>A page per topic; in a filled booklet, topics next to each other with nothing in them share a short page.</summary>
    private static IEnumerable<IBookletSection> TopicSections(BookletModel model, BookletHouse house)
    {
        var first = true;
        var empty = new List<BookletTopic>();
        foreach (var topic in house.Topics)
        {
            if (!model.IsBlank && topic.IsEmpty)
            {
                empty.Add(topic);
                continue;
            }

            if (empty.Count > 0)
            {
                yield return new CondensedTopicsSection(house, empty, first, model.Houses.Count);
                (first, empty) = (false, []);
            }

            yield return new TopicSection(house, topic, first, model.Houses.Count);
            first = false;
        }

        if (empty.Count > 0)
        {
            yield return new CondensedTopicsSection(house, empty, first, model.Houses.Count);
        }
    }
}
