using EigenPlan.Core.Content;
using EigenPlan.Core.Plans;

namespace EigenPlan.Booklet.Model;

/// <summary>
/// Chooses the Sociale Kaart tips: first the entries the resident chose (per topic), then other entries for the
/// topics they worked on. A blank booklet lists every entry by house and topic. Each entry appears once.
/// </summary>
internal static class SocialMapTipsBuilder
{
    public static BookletTips Build(Municipality municipality, IReadOnlyList<BookletHouse> houses, PlanContent? plan)
    {
        var shown = new HashSet<string>();
        var chosen = new List<TipGroup>();
        var more = new List<TipGroup>();

        foreach (var house in houses)
        {
            foreach (var topic in house.Topics)
            {
                var chosenIds = plan?.Topics.GetValueOrDefault(topic.Key)?.ChosenEntries ?? [];
                var entries = chosenIds.Distinct().Take(PlanLimits.MaxChosenEntriesPerTopic)
                    .Select(municipality.FindEntry)
                    .ToList();
                var found = entries.OfType<SocialMapEntry>().Where(e => shown.Add(e.Id)).ToList();
                var missing = entries.Count(e => e is null);
                if (found.Count > 0 || missing > 0)
                {
                    chosen.Add(new TipGroup(house.Title, topic.Title, found, missing));
                }
            }
        }

        foreach (var house in houses)
        {
            foreach (var topic in house.Topics.Where(t => plan is null || t.IsWorkedOn))
            {
                var others = municipality.EntriesFor(topic.Key).Where(e => shown.Add(e.Id)).ToList();
                if (others.Count > 0)
                {
                    more.Add(new TipGroup(house.Title, topic.Title, others, 0));
                }
            }
        }

        return new BookletTips(chosen, more);
    }
}
