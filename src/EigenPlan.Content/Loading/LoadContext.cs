using EigenPlan.Core.Content;

namespace EigenPlan.Content;

/// <summary>What every file check of one load shares: the date, the stale limit, the limits and the formats read so far.</summary>
internal sealed class LoadContext
{
    public LoadContext(ContentLoadOptions options)
    {
        Today = DateOnly.FromDateTime(options.Clock.GetLocalNow().DateTime);
        StaleAfterMonths = options.StaleAfterMonths;
        StaleBefore = Today.AddMonths(-options.StaleAfterMonths);
        Limits = options.Limits;
    }

    public DateOnly Today { get; }
    public int StaleAfterMonths { get; }

    /// <summary>Entries checked before this date get a warning.</summary>
    public DateOnly StaleBefore { get; }

    public YamlLimits Limits { get; }

    /// <summary>Usable formats by id (filled after the formats are loaded).</summary>
    public IReadOnlyDictionary<string, Format> Formats { get; private set; } = new Dictionary<string, Format>();

    private Dictionary<string, HashSet<string>> _topicKeys = [];

    public void SetFormats(IEnumerable<Format> formats)
    {
        Formats = formats.ToDictionary(f => f.Id, StringComparer.Ordinal);
        _topicKeys = Formats.Values.ToDictionary(f => f.Id, f => f.Topics.Select(t => t.Key).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>The <c>house.topic</c> keys of a format, as a set: checked for every entry of every Sociale Kaart.</summary>
    public IReadOnlySet<string> TopicKeysOf(Format format) => _topicKeys[format.Id];

    /// <summary>Ids of format files that exist but have errors, for a clearer message than "does not exist".</summary>
    public IReadOnlySet<string> BrokenFormatIds { get; set; } = new HashSet<string>();
}
