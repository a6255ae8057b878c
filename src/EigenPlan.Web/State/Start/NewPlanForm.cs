using System.Globalization;
using EigenPlan.Core.Plans;
using EigenPlan.Web.Languages;
using EigenPlan.Web.Resources;
using Microsoft.Extensions.Localization;

namespace EigenPlan.Web.State.Start;

/// <summary>
/// The start form (<c>/nieuw/{gemeente}</c>), bound from the posted fields. Everything is optional; the Core rules
/// decide what is accepted (<see cref="Apply"/>).
/// </summary>
public sealed class NewPlanForm
{
    public string? Name { get; set; }

    /// <summary>Text, so "veertig" gets a friendly message instead of a binding error.</summary>
    public string? Age { get; set; }

    public DateOnly? Date { get; set; }

    public FilledInBy FilledInBy { get; set; } = FilledInBy.Self;

    /// <summary>"Naam van de cliëntondersteuner": used when <see cref="FilledInBy"/> is a client supporter.</summary>
    public string? SupporterName { get; set; }

    /// <summary>"Naam van de persoon die helpt": used when someone the resident knows helps.</summary>
    public string? HelperName { get; set; }

    /// <summary>"Dit is een gedeelde computer": a session-only sign-in, and the device ends after 12 hours.</summary>
    public bool SharedComputer { get; set; }

    /// <summary>The field that holds the helper's name for the current choice (each choice has its own labelled field).</summary>
    public string HelperField => FilledInBy == FilledInBy.ClientSupporter ? nameof(SupporterName) : nameof(HelperName);

    /// <summary>Said when the age is not a number.</summary>
    public const string AgeNotANumber = "Vul je leeftijd in als getal, bijvoorbeeld 42. Of laat het leeg.";

    /// <summary>
    /// Turns the fields into plan edits; returns the problems per field (usually none), in the resident's language when
    /// <paramref name="text"/> is given (Core's Dutch words otherwise, and always in Dutch).
    /// </summary>
    public IReadOnlyList<FieldProblem> Apply(PlanEditor editor, IStringLocalizer<MessagesText>? text = null)
    {
        ArgumentNullException.ThrowIfNull(editor);
        var problems = new List<FieldProblem>();
        void Check(string field, PlanEditResult result)
        {
            if (!result.Succeeded)
            {
                problems.Add(new(field, PlanRefusalText.Of(result, text)!));
            }
        }

        Check(nameof(Name), editor.SetName(Name));
        if (string.IsNullOrWhiteSpace(Age))
        {
            Check(nameof(Age), editor.SetAge(null));
        }
        else if (int.TryParse(Age.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var years))
        {
            Check(nameof(Age), editor.SetAge(years));
        }
        else
        {
            problems.Add(new(nameof(Age), text is null || CurrentLanguage.Value.IsDutch ? AgeNotANumber : text["AgeNotANumber"]));
        }
        Check(nameof(Date), editor.SetDate(Date));
        Check(nameof(FilledInBy), editor.SetFilledInBy(FilledInBy));
        var helper = FilledInBy switch
        {
            FilledInBy.ClientSupporter => SupporterName,
            FilledInBy.SomeoneIKnow => HelperName,
            _ => null,
        };
        Check(HelperField, editor.SetHelperName(helper));
        return problems;
    }
}
