using System.Globalization;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using EigenPlan.Web.Languages;
using EigenPlan.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EigenPlan.Web.State;

/// <summary>
/// A refusal from Core in the resident's language. Core words its refusals in Dutch, often with a detail (how long the
/// text is now); in Dutch that message is shown unchanged, in another language a translated text per kind of refusal,
/// with the limit from Core's constants. Without a localizer (tests, code outside a request) the Dutch message stays.
/// </summary>
public static class PlanRefusalText
{
    /// <summary>Shown when a refusal comes without a message.</summary>
    public const string Failed = "Dit lukte niet.";

    /// <summary>The message for a refused edit; null when the edit succeeded.</summary>
    public static string? Of(PlanEditResult result, IStringLocalizer<MessagesText>? text)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            return null;
        }
        if (text is null || CurrentLanguage.Value.IsDutch)
        {
            return result.Message ?? Failed;
        }
        return result.Error switch
        {
            PlanEditError.TextTooLong => text["RefusalTextTooLong", Number(PlanLimits.MaxTextLength)],
            PlanEditError.InvalidName => text["RefusalInvalidName", Number(PlanLimits.MaxNameLength)],
            PlanEditError.TooManyEntries => text["RefusalTooManyEntries", Number(PlanLimits.MaxChosenEntriesPerTopic)],
            PlanEditError.TooManyRounds => text["RefusalTooManyRounds", Number(PlanLimits.MaxRounds)],
            var error => text[Key(error)],
        };
    }

    /// <summary>What is wrong with a typed code (or that it is not right), in the resident's language.</summary>
    public static string OfCode(PersonalCodeParseResult parsed, string dutchMessage, IStringLocalizer<MessagesText>? text)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (text is null || CurrentLanguage.Value.IsDutch)
        {
            return dutchMessage;
        }
        return parsed.Problem switch
        {
            PersonalCodeProblem.Empty => text["CodeEmpty"],
            PersonalCodeProblem.TooLong => text["CodeTooLong"],
            PersonalCodeProblem.BadCharacter => text["CodeBadCharacter", parsed.Detail ?? ""],
            PersonalCodeProblem.WrongLength => text["CodeWrongLength", parsed.Detail ?? ""],
            _ => text["CodeWrong"],
        };
    }

    /// <summary>The resx key of a kind of refusal: <c>Refusal</c> + the enum name.</summary>
    public static string Key(PlanEditError error) => $"Refusal{error}";

    private static string Number(int value) => value.ToString("N0", CultureInfo.CurrentUICulture);
}
