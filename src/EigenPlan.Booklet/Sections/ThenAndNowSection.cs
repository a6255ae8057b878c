using EigenPlan.Booklet.Figures;
using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// "Toen en nu", after an earlier round (<i>Opnieuw kijken hoe het gaat</i>): per house and topic the face of then and
/// the face of now, both with their words and dates, like a distance-travelled view. The direction is said in words
/// too ("beter", "minder goed", "hetzelfde"), never only by a colour or an arrow.
/// </summary>
public sealed class ThenAndNowSection(BookletWords words) : IBookletSection
{
    private const string AnchorKey = "toen-en-nu";
    private const double TitleWidth = 128;
    private const double ColumnWidth = 140;
    private const double FaceRadius = 8;

    public IReadOnlyList<ContentsEntry> ContentsEntries => [new(words.ThenAndNowTitle, 0, AnchorKey)];

    public static bool Applies(BookletModel model) => !model.IsBlank && model.ThenDate is not null;

    public void Compose(PageFlow flow)
    {
        var model = flow.Model;
        var type = flow.Typography;
        var then = model.ThenDate!.Value;
        var now = model.Cover.Date;
        flow.NewPage(PageStyle.Plain(words.ThenAndNowTitle));
        flow.Anchor(AnchorKey);
        flow.Text(words.ThenAndNowTitle, type.Title, Palette.Ink, BlockTag.Heading1);
        flow.Space(4);
        flow.Text(
            BookletWords.Format(words.ThenAndNowIntro, words.DateText(then)),
            type.Body, Palette.Ink);
        if (model.EarlierRounds.Count > 1)
        {
            flow.Space(4);
            flow.Text(BookletWords.Format(words.AllEarlierRounds, words.List(model.EarlierRounds.Select(words.DateText).ToList())), type.Body, Palette.Muted);
        }

        flow.Space(12);
        ColumnHeads(flow, BookletWords.Format(words.ThenOn, words.DateText(then)), now is { } date ? BookletWords.Format(words.NowOn, words.DateText(date)) : words.Now);
        foreach (var house in model.Houses)
        {
            var color = Palette.FromHex(house.Color);
            flow.EnsureSpace(36 + (house.Topics.Count > 0 ? 32 : 0));
            flow.Space(8);
            var icon = new XRect(flow.Left, flow.Y, 22, 19);
            var figure = flow.Begin(BlockTag.Figure, BookletWords.Format(words.HouseAlt, house.Title));
            figure.Bounds = icon;
            figure.Add(new Artwork(gfx => HouseFigure.Draw(gfx, icon, color, house.Icon)));
            var (left, width) = (flow.Left, flow.Width);
            flow.SetColumn(left + 30, width - 30);
            flow.Text(house.Title, type.Label, color, BlockTag.Heading2);
            flow.DutchBeside(house.DutchTitle);
            flow.SetColumn(left, width);
            flow.Space(2);
            foreach (var topic in house.Topics)
            {
                Row(flow, topic, color, model.Smileys, words);
            }
        }
    }

    private static void ColumnHeads(PageFlow flow, string then, string now)
    {
        var type = flow.Typography;
        var heads = flow.Begin(BlockTag.Paragraph);
        var baseline = flow.Y + PageFlow.Baseline(type.SmallBold);
        heads.Add(new TextRun(then, type.SmallBold, Palette.Muted, flow.Left + TitleWidth, baseline));
        heads.Add(new TextRun(now, type.SmallBold, Palette.Muted, flow.Left + TitleWidth + ColumnWidth, baseline));
        flow.Y += Typography.LineHeight(type.SmallBold) + 2;
        flow.Begin(BlockTag.Artifact).Add(new LineShape(flow.Left, flow.Y, flow.Right, flow.Y, Palette.Rule, 0.75));
        flow.Y += 2;
    }

    /// <summary>One topic: its name, then the face of then and the face of now with their words, then the direction in words.</summary>
    private static void Row(PageFlow flow, BookletTopic topic, XColor color, IReadOnlyList<BookletSmiley> smileys, BookletWords words)
    {
        var type = flow.Typography;
        var then = smileys.FirstOrDefault(s => s.Id == topic.ThenSmileyId);
        var now = smileys.FirstOrDefault(s => s.Id == topic.SmileyId);
        var change = Change(then, now, words);
        var thenWords = then?.Label ?? words.NothingChosen;
        var nowWords = now?.Label ?? words.NothingChosen;
        var labelWidth = ColumnWidth - (2 * FaceRadius) - 12;
        var height = Math.Max(26, 8 + Math.Max(
            flow.MeasureHeight(topic.Title, type.Body, TitleWidth - 8),
            Math.Max(flow.MeasureHeight(thenWords, type.Body, labelWidth), flow.MeasureHeight(nowWords, type.BodyBold, labelWidth))));
        flow.EnsureSpace(height);
        var top = flow.Y;

        // One paragraph per topic, read as "Inkomen. Toen: Gaat slecht. Nu: Gaat goed. Beter."
        var row = flow.Begin(BlockTag.Paragraph);
        Lines(flow, row, topic.Title, type.Body, Palette.Ink, flow.Left, TitleWidth - 8, top + 4);
        Cell(flow, row, then, thenWords, isNow: false, color, flow.Left + TitleWidth, labelWidth, top);
        Cell(flow, row, now, nowWords, isNow: true, color, flow.Left + TitleWidth + ColumnWidth, labelWidth, top);
        if (change.Length > 0)
        {
            Lines(flow, row, change, type.Small, Palette.Muted, flow.Left + TitleWidth + (2 * ColumnWidth), flow.Width - TitleWidth - (2 * ColumnWidth), top + 6);
        }

        flow.Y = top + height;
        flow.Begin(BlockTag.Artifact).Add(new LineShape(flow.Left, flow.Y - 1, flow.Right, flow.Y - 1, Palette.Tint(Palette.Rule, 0.6), 0.5));
    }

    /// <summary>
    /// Then in outline and grey words, now filled in the house colour with bold words: the marks of the huisjesplaat.
    /// "Niet van toepassing" and "niets gekozen" have no face; their words say it.
    /// </summary>
    private static void Cell(PageFlow flow, Block row, BookletSmiley? smiley, string words, bool isNow, XColor accent, double x, double labelWidth, double top)
    {
        var type = flow.Typography;
        var center = new XPoint(x + FaceRadius, top + 4 + FaceRadius);
        if (smiley?.Level is { } level)
        {
            row.Add(new Artwork(gfx => SmileyFigure.Draw(gfx, center, FaceRadius, level, isNow, accent)));
        }

        Lines(flow, row, words, isNow ? type.BodyBold : type.Body, isNow ? Palette.Ink : Palette.Muted, x + (2 * FaceRadius) + 8, labelWidth, top + 4);
    }

    private static void Lines(PageFlow flow, Block row, string text, XFont font, XColor color, double x, double width, double top)
    {
        var breaker = new LineBreaker(text, font, flow.Measurer);
        var y = top;
        while (breaker.NextLine(width) is { } line)
        {
            row.Add(new TextRun(line, font, color, x, y + PageFlow.Baseline(font)));
            y += Typography.LineHeight(font);
        }
    }

    private static string Change(BookletSmiley? then, BookletSmiley? now, BookletWords words) => (then?.Level, now?.Level) switch
    {
        (int a, int b) when b > a => words.Better,
        (int a, int b) when b < a => words.LessGood,
        (int, int) => words.Same,
        _ => "",
    };
}
