using EigenPlan.Core.Content;

namespace EigenPlan.Core.SharedPlans;

/// <summary>
/// What an invited professional (cliëntondersteuner, wijkteam, other professional) sees of the topics the resident
/// shared, for the conversation. The study chose not to give residents professional language: residents see only their
/// own words and faces. Here, for professionals only, each topic carries an indication on the Zelfredzaamheid-Matrix,
/// derived from the face, always after the resident's own words and labelled as derived (<see cref="IndicationLabel"/>).
/// </summary>
public static class ProfessionalView
{
    /// <summary>The words before every indication, so nobody mistakes it for an assessment.</summary>
    public const string IndicationLabel = "Indicatie, afgeleid van het gezichtje";

    /// <summary>Who may see the indication: invited participants who are professionals, never the resident or their network.</summary>
    public static bool IsProfessional(this ParticipantKind kind) =>
        kind is ParticipantKind.ClientSupporter or ParticipantKind.Wijkteam or ParticipantKind.Professional;

    /// <summary>The shared topics, "Hier wil ik over praten" first, each with its indication (or none).</summary>
    public static IReadOnlyList<ProfessionalSharedTopic> Build(SharedPlan plan, Format? format)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. SharedTopicSnapshot.TalkAboutFirst(plan.SharedTopics).Select(t => new ProfessionalSharedTopic(t, Indication(t, format)))];
    }

    /// <summary>
    /// "Indicatie, afgeleid van het gezichtje: ZRM-niveau 2 – niet zelfredzaam (domein: Financiën)." Null without a
    /// face, for "Niet van toepassing", for a topic shared before faces were kept by id, or when the format is gone.
    /// </summary>
    public static string? Indication(SharedTopic topic, Format? format)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (format is null || topic.SmileyId is not { } id || format.FindSmiley(id)?.ZrmLevel is not int level)
        {
            return null;
        }
        var domains = format.FindTopic(topic.TopicKey)?.ZrmDomains ?? [];
        var domainText = domains.Count == 0 ? "" : $" ({(domains.Count == 1 ? "domein" : "domeinen")}: {string.Join(", ", domains)})";
        return $"{IndicationLabel}: ZRM-niveau {ProfessionalSummary.LevelLabel(level)}{domainText}.";
    }
}

/// <summary>A shared topic for an invited professional: the resident's copy, then the derived indication (may be null).</summary>
public sealed record ProfessionalSharedTopic(SharedTopic Topic, string? Indication);
