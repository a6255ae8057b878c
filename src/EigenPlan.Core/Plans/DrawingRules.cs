using System.Text.RegularExpressions;

namespace EigenPlan.Core.Plans;

/// <summary>What a drawing sent by the browser must satisfy before it goes into the plan.</summary>
public static partial class DrawingRules
{
    public const float MinLineWidth = 0.5f;
    public const float MaxLineWidth = 50f;

    /// <summary>
    /// Null when the drawing is fine, else a Dutch message. Limits: <see cref="PlanLimits.MaxStrokesPerDrawing"/> strokes,
    /// <see cref="PlanLimits.MaxPointsPerDrawing"/> points (x, y pairs) in all; every stroke has at least one point and an
    /// even number of numbers; every coordinate is finite and inside the <see cref="Drawing.Width"/> × <see cref="Drawing.Height"/>
    /// canvas; colour is <c>#RRGGBB</c>; line width between <see cref="MinLineWidth"/> and <see cref="MaxLineWidth"/>.
    /// </summary>
    public static string? Validate(Drawing? drawing)
    {
        if (drawing?.Strokes is null)
        {
            return "De tekening is leeg of kapot.";
        }
        if (drawing.Strokes.Count > PlanLimits.MaxStrokesPerDrawing)
        {
            return $"De tekening heeft te veel lijnen. Er passen er {PlanText.Number(PlanLimits.MaxStrokesPerDrawing)} in.";
        }
        long points = 0;
        foreach (var stroke in drawing.Strokes)
        {
            var problem = ValidateStroke(stroke);
            if (problem is not null)
            {
                return problem;
            }
            points += stroke.Points.Count / 2;
        }
        return points > PlanLimits.MaxPointsPerDrawing
            ? "De tekening is te groot. Maak een nieuwe tekening of wis een deel."
            : null;
    }

    private static string? ValidateStroke(Stroke? stroke)
    {
        if (stroke?.Points is null || stroke.Color is null)
        {
            return "De tekening is kapot. Probeer het opnieuw.";
        }
        if (!ColorPattern().IsMatch(stroke.Color))
        {
            return "Een kleur in de tekening klopt niet.";
        }
        if (!float.IsFinite(stroke.LineWidth) || stroke.LineWidth < MinLineWidth || stroke.LineWidth > MaxLineWidth)
        {
            return "De dikte van een lijn klopt niet.";
        }
        if (stroke.Points.Count < 2 || stroke.Points.Count % 2 != 0)
        {
            return "Een lijn in de tekening is kapot.";
        }
        for (var i = 0; i < stroke.Points.Count; i += 2)
        {
            float x = stroke.Points[i], y = stroke.Points[i + 1];
            if (!float.IsFinite(x) || !float.IsFinite(y) || x < 0 || y < 0 || x > Drawing.Width || y > Drawing.Height)
            {
                return "Een lijn valt buiten de tekening.";
            }
        }
        return null;
    }

    /// <summary>A deep copy, so the plan never shares lists with the caller.</summary>
    public static Drawing Copy(Drawing drawing)
    {
        ArgumentNullException.ThrowIfNull(drawing);
        return new Drawing
        {
            Strokes = drawing.Strokes
                .Select(s => new Stroke { Color = s.Color.ToUpperInvariant(), LineWidth = s.LineWidth, Points = [.. s.Points] })
                .ToList(),
        };
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex ColorPattern();
}
