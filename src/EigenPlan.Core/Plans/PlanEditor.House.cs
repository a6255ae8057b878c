namespace EigenPlan.Core.Plans;

/// <summary>Which note of a house to change.</summary>
public enum HouseNoteField
{
    /// <summary>Wat gaat goed?</summary>
    GoingWell,
    /// <summary>Wat gaat niet goed?</summary>
    NotGoingWell,
    /// <summary>Vrije ruimte.</summary>
    FreeText,
}

public sealed partial class PlanEditor
{
    /// <summary>Sets one note of a house (huisjesplaat or vrije ruimte).</summary>
    public PlanEditResult SetHouseNote(string houseId, HouseNoteField field, string? text)
    {
        if (houseId is null || _format.FindHouse(houseId) is null)
        {
            return UnknownHouse();
        }
        if (!Enum.IsDefined(field))
        {
            return PlanEditResult.Fail(PlanEditError.InvalidChoice, "Dit veld bestaat niet.");
        }
        if (!TryCleanText(text, out var clean, out var refusal))
        {
            return refusal;
        }
        var notes = Plan.House(houseId);
        switch (field)
        {
            case HouseNoteField.GoingWell: notes.GoingWell = clean; break;
            case HouseNoteField.NotGoingWell: notes.NotGoingWell = clean; break;
            default: notes.FreeText = clean; break;
        }
        return PlanEditResult.Ok;
    }

    /// <summary>Replaces the drawing of a house's vrije ruimte after <see cref="DrawingRules.Validate"/>; null clears it.</summary>
    public PlanEditResult SetDrawing(string houseId, Drawing? drawing)
    {
        if (houseId is null || _format.FindHouse(houseId) is null)
        {
            return UnknownHouse();
        }
        drawing ??= new Drawing();
        var problem = DrawingRules.Validate(drawing);
        if (problem is not null)
        {
            return PlanEditResult.Fail(PlanEditError.InvalidDrawing, problem);
        }
        Plan.House(houseId).Drawing = DrawingRules.Copy(drawing);
        return PlanEditResult.Ok;
    }

    /// <summary>The resident's name (one line, at most <see cref="PlanLimits.MaxNameLength"/> characters); empty clears it.</summary>
    public PlanEditResult SetName(string? name) => SetLine(name, value => Plan.About.Name = value);

    /// <summary>The helper's name, same rules as <see cref="SetName"/>.</summary>
    public PlanEditResult SetHelperName(string? name) => SetLine(name, value => Plan.About.HelperName = value);

    /// <summary>Age in years, 0 to 130; null clears it.</summary>
    public PlanEditResult SetAge(int? age)
    {
        if (age is < 0 or > 130)
        {
            return PlanEditResult.Fail(PlanEditError.InvalidAge, "Vul een leeftijd in tussen 0 en 130 jaar.");
        }
        Plan.About.Age = age;
        return PlanEditResult.Ok;
    }

    public PlanEditResult SetDate(DateOnly? date)
    {
        Plan.About.Date = date;
        return PlanEditResult.Ok;
    }

    public PlanEditResult SetFilledInBy(FilledInBy filledInBy)
    {
        if (!Enum.IsDefined(filledInBy))
        {
            return PlanEditResult.Fail(PlanEditError.InvalidChoice, "Deze keuze bestaat niet.");
        }
        Plan.About.FilledInBy = filledInBy;
        return PlanEditResult.Ok;
    }

    private static PlanEditResult SetLine(string? text, Action<string?> apply)
    {
        var clean = PlanText.CleanLine(text);
        if (clean.Length > PlanLimits.MaxNameLength)
        {
            return PlanEditResult.Fail(PlanEditError.InvalidName,
                $"Deze naam is te lang. Er passen {PlanLimits.MaxNameLength} tekens in.");
        }
        apply(clean.Length == 0 ? null : clean);
        return PlanEditResult.Ok;
    }

    private static PlanEditResult UnknownHouse() =>
        PlanEditResult.Fail(PlanEditError.UnknownHouse, "Dit huisje bestaat niet. Ga terug naar het overzicht.");
}
