using System.Globalization;
using EigenPlan.Core.Plans;

namespace EigenPlan.Web.Components.Pages.Start;

/// <summary>Turns the start form's fields into plan edits; returns the problems per field (usually none).</summary>
internal static class NewPlanForm
{
    public static List<KeyValuePair<string, string>> Apply(
        PlanEditor editor, string? name, string? age, DateOnly? date, FilledInBy filledInBy, string? helperName)
    {
        var errors = new List<KeyValuePair<string, string>>();
        void Check(string field, PlanEditResult result)
        {
            if (!result.Succeeded)
            {
                errors.Add(new(field, result.Message ?? "Dit klopt niet."));
            }
        }

        Check("naam", editor.SetName(name));
        if (string.IsNullOrWhiteSpace(age))
        {
            Check("leeftijd", editor.SetAge(null));
        }
        else if (int.TryParse(age.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var years))
        {
            Check("leeftijd", editor.SetAge(years));
        }
        else
        {
            errors.Add(new("leeftijd", "Vul je leeftijd in als getal, bijvoorbeeld 42. Of laat het leeg."));
        }
        Check("datum", editor.SetDate(date));
        Check("wie", editor.SetFilledInBy(filledInBy));
        Check("helper", editor.SetHelperName(filledInBy == FilledInBy.Self ? null : helperName));
        return errors;
    }
}
