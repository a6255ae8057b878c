using EigenPlan.Core.Content;

namespace EigenPlan.Core.Plans;

/// <summary>The state of one topic of the format.</summary>
public sealed record TopicProgress(Topic Topic, TopicState State);

/// <summary>The topics of one house with their states, and counts per state.</summary>
public sealed record HouseProgress(House House, IReadOnlyList<TopicProgress> Topics)
{
    public int Total => Topics.Count;

    public int Count(TopicState state) => Topics.Count(t => t.State == state);

    /// <summary>Done or skipped: nothing left that the resident meant to do.</summary>
    public int Finished => Count(TopicState.Done) + Count(TopicState.Skipped);
}

/// <summary>Progress over the whole plan, house by house in format order. Computed; never stored.</summary>
public sealed record PlanProgress(IReadOnlyList<HouseProgress> Houses)
{
    public int Total => Houses.Sum(h => h.Total);

    public int Count(TopicState state) => Houses.Sum(h => h.Count(state));

    public int Finished => Houses.Sum(h => h.Finished);

    /// <summary>The state of one topic; <see cref="TopicState.NotStarted"/> for a key the format does not know.</summary>
    public TopicState StateOf(string topicKey) =>
        Houses.SelectMany(h => h.Topics).FirstOrDefault(t => t.Topic.Key == topicKey)?.State ?? TopicState.NotStarted;

    public HouseProgress? ForHouse(string houseId) => Houses.FirstOrDefault(h => h.House.Id == houseId);

    /// <summary>Applies <see cref="TopicRules.StateOf"/> to every topic of the format. Topics the format does not know are ignored.</summary>
    public static PlanProgress Compute(PlanContent plan, Format format)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(format);
        var houses = format.Houses
            .Select(house => new HouseProgress(
                house,
                house.Topics
                    .Select(topic => new TopicProgress(topic, TopicRules.StateOf(plan.Topics.GetValueOrDefault(topic.Key), format)))
                    .ToList()))
            .ToList();
        return new PlanProgress(houses);
    }
}
