using System.Globalization;
using EigenPlan.Content.Problems;
using EigenPlan.Content.Schema;
using EigenPlan.Content.Yaml;
using EigenPlan.Core.Content;

namespace EigenPlan.Content.Validation;

/// <summary>
/// Municipality checks that need the other files or the date: the format must exist, Sociale Kaart topics must be
/// topics of that format, and (as warnings) old entries and topics nobody covers.
/// </summary>
internal static class MunicipalityRules
{
    public static void Check(YamlMapping root, LoadContext context, ProblemList problems)
    {
        var format = FindFormat(root, context, problems);
        if (root.Find(MunicipalityKeys.SocialMap) is not { Value: YamlSequence entries } mapEntry)
        {
            return;
        }

        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries.Items.OfType<YamlMapping>())
        {
            if (format is not null && entry[MunicipalityKeys.Entry.Topics] is YamlSequence topics)
            {
                CheckTopics(topics, format, context.TopicKeysOf(format), covered, problems);
            }

            CheckStale(entry, context, problems);
        }

        if (format is null)
        {
            return;
        }

        foreach (var topic in format.Topics)
        {
            if (!covered.Contains(topic.Key))
            {
                problems.Warning(mapEntry.Key, $"Geen enkel item op de sociale kaart hoort bij onderwerp '{topic.Key}' ({topic.Title}).");
            }
        }
    }

    /// <summary>The format named by <c>formaat</c> (also used for uitlegboekje files), or null with a problem.</summary>
    internal static Format? FindFormat(YamlMapping root, LoadContext context, ProblemList problems)
    {
        if (root[MunicipalityKeys.Format] is not YamlScalar { IsNull: false } formatId)
        {
            return null;
        }

        if (context.Formats.TryGetValue(formatId.Value, out var format))
        {
            return format;
        }

        if (context.BrokenFormatIds.Contains(formatId.Value))
        {
            problems.Error(formatId, $"Formaat '{formatId.Value}' heeft fouten en kan nu niet worden gebruikt. Los eerst de fouten in dat bestand op.");
        }
        else
        {
            var known = context.Formats.Keys.Order(StringComparer.Ordinal).ToList();
            var list = known.Count == 0 ? "Er zijn nog geen formaten." : $"Bekende formaten: {string.Join(", ", known)}.";
            problems.Error(formatId, $"Formaat '{formatId.Value}' bestaat niet.{Suggestions.DidYouMean(formatId.Value, known)} {list}");
        }

        return null;
    }

    private static void CheckTopics(YamlSequence topics, Format format, IReadOnlySet<string> known, HashSet<string> covered, ProblemList problems)
    {
        foreach (var topic in topics.Items.OfType<YamlScalar>())
        {
            if (topic.IsNull)
            {
                continue;
            }

            if (known.Contains(topic.Value))
            {
                covered.Add(topic.Value);
            }
            else if (topic.Value.Contains('.', StringComparison.Ordinal))
            {
                problems.Error(topic, $"Onderwerp '{topic.Value}' bestaat niet in formaat '{format.Id}'.{Suggestions.DidYouMean(topic.Value, format.Topics.Select(t => t.Key))}");
            }
        }
    }

    private static void CheckStale(YamlMapping entry, LoadContext context, ProblemList problems)
    {
        if (entry[MunicipalityKeys.Entry.LastChecked] is YamlScalar checkedNode
            && DateOnly.TryParseExact(checkedNode.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var lastChecked)
            && lastChecked < context.StaleBefore)
        {
            var name = (entry[MunicipalityKeys.Entry.Name] as YamlScalar)?.Value ?? (entry[MunicipalityKeys.Entry.Id] as YamlScalar)?.Value ?? "Dit item";
            problems.Warning(checkedNode, $"'{name}' is voor het laatst gecontroleerd op {checkedNode.Value}, meer dan {(context.StaleAfterMonths == 1 ? "1 maand" : $"{context.StaleAfterMonths} maanden")} geleden. Kijk of de gegevens nog kloppen.");
        }
    }
}
