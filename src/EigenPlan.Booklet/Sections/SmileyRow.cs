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

    /// <summary>The faces in a row, then the "Niet van toepassing" box with <paramref name="notApplicable"/> ("n.v.t.") in it.</summary>
    public static void Draw(XGraphics gfx, double x, double centerY, IReadOnlyList<BookletSmiley> smileys, string? chosenId, XColor accent, XFont small, string notApplicable = "n.v.t.")
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
                SmileyFigure.DrawNotApplicable(gfx, box, chosen, accent, small, notApplicable);
                faceX += NotApplicableWidth;
            }
        }
    }

    /// <summary>What a screen reader says for the row: the choice, never the hidden ZRM score.</summary>
    public static string AltText(string topicTitle, IReadOnlyList<BookletSmiley> smileys, string? chosenId, bool blank, BookletWords? words = null)
    {
        words ??= BookletWords.Dutch;
        if (blank)
        {
            var faces = smileys.Where(s => s.Level is not null).ToList();
            return faces.Count == 0
                ? BookletWords.Format(words.ChooseFace, topicTitle)
                : BookletWords.Format(words.FacesRange, topicTitle, faces[0].Label, faces[^1].Label);
        }

        var chosen = smileys.FirstOrDefault(s => s.Id == chosenId);
        return chosen is null ? BookletWords.Format(words.NoFaceChosen, topicTitle) : $"{topicTitle}: {chosen.Label}";
    }
}
