namespace EigenPlan.Core.Content;

/// <summary>
/// The municipality's help for one topic as a phone shows it: a few cards first, the rest behind "meer hulp". A long
/// list on a small screen hides the few entries that matter, so the first ones are chosen by a fixed rule.
/// </summary>
public sealed record SocialMapShortList(IReadOnlyList<SocialMapEntry> First, IReadOnlyList<SocialMapEntry> More)
{
    /// <summary>How many cards show before "meer hulp".</summary>
    public const int FirstCount = 3;

    /// <summary>
    /// Orders the entries for <paramref name="topicKey"/>: what the resident already chose; then help from people around
    /// you and volunteers before professional help (the booklet's own order: first what you and the people around you
    /// can do); then entries made for fewer topics (the most specific help); then the municipality's own order.
    /// </summary>
    public static SocialMapShortList For(Municipality municipality, string topicKey, IReadOnlyCollection<string> chosen)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(chosen);
        var ordered = municipality.EntriesFor(topicKey)
            .Select((entry, index) => (entry, index))
            .OrderBy(e => chosen.Contains(e.entry.Id) ? 0 : 1)
            .ThenBy(e => e.entry.Kind == EntryKind.Professioneel ? 1 : 0)
            .ThenBy(e => e.entry.Topics.Count)
            .ThenBy(e => e.index)
            .Select(e => e.entry)
            .ToList();
        // Everything chosen stays on show, even when that is more than three.
        var first = Math.Max(FirstCount, ordered.Count(e => chosen.Contains(e.Id)));
        return new SocialMapShortList(ordered.Take(first).ToList(), ordered.Skip(first).ToList());
    }
}
