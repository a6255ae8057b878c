using EigenPlan.Core.Content;
using EigenPlan.Core.Plans;
using EigenPlan.Web.Languages;
using EigenPlan.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EigenPlan.Web.State;

/// <summary>
/// Core's fixed Dutch words that residents read (the neutral notes, the notices after a crash or a conflict, the kinds
/// of help) in the resident's language. In Dutch, Core's words are shown unchanged; MessagesText.resx holds the same
/// Dutch words under a key (a test keeps them equal) except where Core's word is not B1 ("Sociale Kaart",
/// "Professionele"): there the Dutch resx says it plainly, for translators. A text that is not one of these is
/// returned as it is.
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
        return !CurrentLanguage.Value.IsDutch && Keys.TryGetValue(dutch, out var key) ? text[key] : dutch;
    }

    /// <summary>The kind of help on a help card ("Vrijwilligers"…): our word, not the municipality's.</summary>
    public static string Kind(EntryKind kind, IStringLocalizer<MessagesText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CurrentLanguage.Value.IsDutch ? kind.Label() : text[KindKey(kind)];
    }

    public static string KindKey(EntryKind kind) => $"Kind{kind}";
}
