using EigenPlan.Booklet.Figures;
using EigenPlan.Booklet.Model;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Sections;

/// <summary>The row of five faces plus "n.v.t." under a topic on the huisjesplaat.</summary>
internal static class SmileyRow
{
    public const double Radius = 9.5;
    public const double Pitch = 22.5;
    public const double NotApplicableWidth = 32;

    public static double Width(int faces) => (faces * Pitch) + NotApplicableWidth;

    public static void Draw(XGraphics gfx, double x, double centerY, IReadOnlyList<BookletSmiley> smileys, string? chosenId, XColor accent, XFont small)
    {
        var faceX = x + Radius;
        foreach (var smiley in smileys)
        {
            var chosen = smiley.Id == chosenId;
            if (smiley.Level is { } level)
            {
                SmileyFigure.Draw(gfx, new XPoint(faceX, centerY), Radius, level, chosen, accent);
                faceX += Pitch;
            }
            else
            {
                var box = new XRect(faceX - Radius, centerY - 8, NotApplicableWidth - 2, 16);
                SmileyFigure.DrawNotApplicable(gfx, box, chosen, accent, small);
                faceX += NotApplicableWidth;
            }
        }
    }

    /// <summary>What a screen reader says for the row: the choice, never the hidden ZRM score.</summary>
    public static string AltText(string topicTitle, IReadOnlyList<BookletSmiley> smileys, string? chosenId, bool blank)
    {
        if (blank)
        {
            var faces = smileys.Where(s => s.Level is not null).ToList();
            return faces.Count == 0
                ? $"{topicTitle}: kies hoe het gaat"
                : $"{topicTitle}: gezichtjes van {faces[0].Label} tot {faces[^1].Label}, en niet van toepassing";
        }

        var chosen = smileys.FirstOrDefault(s => s.Id == chosenId);
        return chosen is null ? $"{topicTitle}: nog geen gezichtje gekozen" : $"{topicTitle}: {chosen.Label}";
    }
}
