using System.Globalization;
using System.Resources;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Web.Languages;
using EigenPlan.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EigenPlan.Web.State.Together;

/// <summary>
/// A refusal from Core (<see cref="SharedPlanEditResult"/>, always with a Dutch message) in the resident's language.
/// In Dutch it is Core's message unchanged. Otherwise the translation is chosen by the error kind; where one kind has
/// several Dutch messages, the key whose Dutch text (in GoalsText.resx, Core's words exactly) equals the message wins,
/// else the kind's general text (for NotAllowed: by the role, since a reader always gets the same message).
/// </summary>
public static class RefusalText
{
    /// <summary>The Dutch source texts, to recognise Core's message whatever the interface language is.</summary>
    private static readonly ResourceManager Dutch = new(typeof(GoalsText));

    /// <summary>Keys of the messages one kind can have, with the Core constants their {0} stands for.</summary>
    private static readonly (string Key, object[] Args)[] Specific =
    [
        ("RefusalNotAllowedEvaluations", []),
        ("RefusalNotAllowedReachedContact", []),
        ("RefusalNotAllowedReachedOwner", []),
        ("RefusalUnknownGoalOneOf", []),
        ("RefusalUnknownParticipantNotInPlan", []),
        ("RefusalUnknownParticipantInList", []),
        ("RefusalUnknownParticipantChoose", []),
        ("RefusalEmptyTextQuestion", []),
        ("RefusalEmptyTextGoals", []),
        ("RefusalNoChangeTop", []),
        ("RefusalNoChangeBottom", []),
        ("RefusalNoChangeRecorded", []),
        ("RefusalNoChangeTopic", []),
        ("RefusalNoChangeNotYourself", []),
        ("RefusalNoChangeNoContact", []),
        ("RefusalNoChangeAlreadyContact", []),
        ("RefusalNoChangeAlreadyReached", []),
        ("RefusalNoChangeNotReached", []),
        ("RefusalNoChangeReachedRule", []),
        ("RefusalNoChangeColour", []),
        ("RefusalNoChangeColourFirst", []),
        ("RefusalTooManyGoals", [SharedPlanLimits.MaxGoals]),
        ("RefusalTooManyParticipants", [SharedPlanLimits.MaxParticipants]),
        ("RefusalTooManyHousehold", [SharedPlanLimits.MaxHouseholdMembers]),
        ("RefusalTooManyActions", []),
        ("RefusalTooManyMessages", []),
        ("RefusalTooManyEvaluations", []),
        ("RefusalTooManyOwner", []),
        ("RefusalInvalidDatePast", []),
        ("RefusalInvalidDateNotYet", []),
        ("RefusalInvalidDateAge", []),
        ("RefusalInvalidDateChooseDay", []),
        ("RefusalUnknownMemberChoose", []),
    ];

    /// <summary>Every key this class can choose, for the test that each has a text in every language.</summary>
    public static IEnumerable<string> Keys =>
        Specific.Select(s => s.Key).Concat(Enum.GetValues<SharedPlanEditError>().Select(e => General(e, SharedPlanRole.Owner).Key))
            .Append("RefusalNotAllowedReader").Distinct();

    /// <summary>The message to show for <paramref name="result"/>, refused to someone with <paramref name="role"/>.</summary>
    public static string For(SharedPlanEditResult result, SharedPlanRole role, IStringLocalizer<GoalsText> text)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(text);
        if (CurrentLanguage.Value.IsDutch && result.Message is { } dutch)
        {
            return dutch;
        }
        var (key, args) = Choose(result, role);
        return text[key, args];
    }

    /// <summary>The key (and its arguments) for a refusal: the one whose Dutch text is the message, else the kind's general one.</summary>
    public static (string Key, object[] Args) Choose(SharedPlanEditResult result, SharedPlanRole role)
    {
        ArgumentNullException.ThrowIfNull(result);
        var prefix = "Refusal" + result.Error;
        foreach (var (key, args) in Specific.Where(s => s.Key.StartsWith(prefix, StringComparison.Ordinal)))
        {
            if (string.Equals(DutchText(key, args), result.Message, StringComparison.Ordinal))
            {
                return (key, args);
            }
        }
        return General(result.Error, role);
    }

    private static (string Key, object[] Args) General(SharedPlanEditError error, SharedPlanRole role) => error switch
    {
        SharedPlanEditError.None => ("RefusalFailed", []),
        SharedPlanEditError.NotAllowed when role == SharedPlanRole.Reader => ("RefusalNotAllowedReader", []),
        SharedPlanEditError.TooYoung => ("RefusalTooYoung", [HouseholdAbout.MinimumAgeToTakePart]),
        _ => ("Refusal" + error, []),
    };

    private static string? DutchText(string key, object[] args) =>
        Dutch.GetString(key, CultureInfo.InvariantCulture) is { } format ? string.Format(CultureInfo.InvariantCulture, format, args) : null;
}
