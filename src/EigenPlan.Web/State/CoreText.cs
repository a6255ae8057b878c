using EigenPlan.Core.Content;
using EigenPlan.Core.Plans;
using EigenPlan.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EigenPlan.Web.State;

/// <summary>
/// Core's fixed Dutch words that residents read (the neutral notes, the notices after a crash or a conflict) in the
/// resident's language. MessagesText.resx holds the same Dutch words under a key (a test keeps them equal), so Dutch
/// comes out unchanged; a text that is not one of these is returned as it is.
/// </summary>
public static class CoreText
{
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        [PlanAttention.TalkAboutLabel] = "TalkAboutLabel",
        [PlanAttention.NotFilledInNote] = "NotFilledInNote",
        [PlanAttention.SkippedNote] = "SkippedNote",
        [PlanSummary.SadWithoutNeedNote] = "SadWithoutNeedNote",
        [PlanSummary.WishWithoutStepsNote] = "WishWithoutStepsNote",
        [ChosenEntry.MissingLabel] = "MissingEntry",
        [PlanState.RestoredText] = "Restored",
        [PlanState.BothKeptNotice] = "BothKept",
    };

    /// <summary>Every Dutch text this class knows, with its key: for the test that keeps the resx equal to Core.</summary>
    public static IReadOnlyDictionary<string, string> Known => Keys;

    public static string Of(string dutch, IStringLocalizer<MessagesText> text)
    {
        ArgumentNullException.ThrowIfNull(dutch);
        ArgumentNullException.ThrowIfNull(text);
        return Keys.TryGetValue(dutch, out var key) ? text[key] : dutch;
    }

    /// <summary>The kind of help on a help card ("Vrijwilligers"…): our word, not the municipality's.</summary>
    public static string Kind(EntryKind kind, IStringLocalizer<MessagesText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[KindKey(kind)];
    }

    public static string KindKey(EntryKind kind) => $"Kind{kind}";
}
