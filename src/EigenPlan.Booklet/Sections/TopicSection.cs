using EigenPlan.Booklet.Figures;
using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// One page per topic, in the house colour with the house's tab: the topic and its essence, a box per question with
/// the answer inside (sub-questions under their main question), and beside them the faces and the helpende
/// suggesties. Long answers continue on "vervolg" pages, and so do suggestions that do not fit beside the questions.
/// In the blank booklet every question gets room to write (see <see cref="BlankQuestions"/>).
/// </summary>
public sealed class TopicSection(BookletHouse house, BookletTopic topic, bool isFirstOfHouse, int houseCount) : IBookletSection
{
    private const double SideWidth = 146;
    private const double SideGap = 16;
    private const double BoxGap = 8;

    public IReadOnlyList<ContentsEntry> ContentsEntries => isFirstOfHouse
        ? [new(house.Title, 0, $"huis:{house.Id}"), new(topic.Title, 1, $"onderwerp:{topic.Key}")]
        : [new(topic.Title, 1, $"onderwerp:{topic.Key}")];

    public void Compose(PageFlow flow)
    {
        var color = Palette.FromHex(house.Color);
        flow.NewPage(HousePages.Style(house, houseCount, topic.Title));
        flow.Anchor($"huis:{house.Id}");
        flow.Anchor($"onderwerp:{topic.Key}");

        Header(flow);
        var top = flow.Y;
        var firstPage = flow.Page;
        var sideStart = firstPage.Blocks.Count;
        var moreSuggestions = SideColumn(flow, color, flow.Right - SideWidth, top);
        var sideBottom = flow.Y;
        var side = firstPage.Blocks.GetRange(sideStart, firstPage.Blocks.Count - sideStart);
        firstPage.Blocks.RemoveRange(sideStart, side.Count);

        flow.Y = top;
        flow.SetColumn(flow.Left, flow.Width - SideWidth - SideGap);
        var reserve = moreSuggestions.Count > 0 ? SuggestionsBox.ContinuedHeight(flow, moreSuggestions, PageGeometry.ContentWidth) : 0;
        Questions(flow, color, reserve);

        // Reading order: the first page's questions first, then the faces and suggestions beside them.
        firstPage.Blocks.AddRange(side);

        if (moreSuggestions.Count > 0)
        {
            // Full width after the questions; on the first page that is below the side column too.
            if (flow.Page == firstPage)
            {
                flow.Y = Math.Max(flow.Y, sideBottom + BoxGap);
                flow.SetColumn(PageGeometry.MarginLeft, PageGeometry.ContentWidth);
            }

            SuggestionsBox.WriteContinued(flow, color, moreSuggestions);
        }
    }

    /// <summary>The coloured band with the house and topic, then the essence, and the note when the topic was skipped.</summary>
    private void Header(PageFlow flow)
    {
        var type = flow.Typography;
        TopicHeader.Write(flow, house, topic.Title, topic.TalkAbout);
        if (topic.DutchTitle is not null || house.DutchTitle is not null)
        {
            flow.DutchBeside($"{house.DutchTitle ?? house.Title} · {topic.DutchTitle ?? topic.Title}");
            flow.Space(4);
        }

        if (topic.Essence.Length > 0)
        {
            flow.Text(topic.Essence, type.Lead, Palette.Ink);
        }

        flow.Space(10);
        if (topic.AttentionNote is { } note)
        {
            // Skipped after writing something: the words are printed below; the note says so calmly, in grey on paper-white.
            AttentionNote.Write(flow, note);
            flow.Space(10);
        }
    }

    /// <summary>The faces (chosen one marked) and the suggestions; only on the topic's first page. Returns the suggestions that did not fit.</summary>
    private IReadOnlyList<string> SideColumn(PageFlow flow, XColor color, double x, double top)
    {
        var type = flow.Typography;
        var model = flow.Model;
        flow.Y = top;
        flow.Begin(BlockTag.Heading3).Add(new TextRun(model.Words.HowIsItGoing, type.Label, Palette.Ink, x, flow.Y + PageFlow.Baseline(type.Label)));
        flow.Y += 24;

        var figure = flow.Begin(BlockTag.Figure, SmileyRow.AltText(topic.Title, model.Smileys, topic.SmileyId, model.IsBlank, model.Words));
        figure.Bounds = new XRect(x, flow.Y, SideWidth, model.Smileys.Count * 25);
        foreach (var smiley in model.Smileys)
        {
            var chosen = smiley.Id == topic.SmileyId;
            var center = new XPoint(x + 11, flow.Y + 10);
            var font = chosen ? type.BodyBold : type.Small;
            if (smiley.Level is { } level)
            {
                figure.Add(new Artwork(gfx => SmileyFigure.Draw(gfx, center, 10, level, chosen, color)));
            }
            else
            {
                var box = new XRect(x - 4, center.Y - 8, 30, 16);
                var words = model.Words.NotApplicableShort;
                figure.Add(new Artwork(gfx => SmileyFigure.DrawNotApplicable(gfx, box, chosen, color, type.Small, words)));
            }

            figure.Add(new TextRun(flow.Measurer.Ellipsize(smiley.Label, font, SideWidth - 32), font, chosen ? Palette.Ink : Palette.Muted, x + 32, center.Y + 4));
            flow.Y += 25;
        }

        if (!model.IsBlank && topic.SmileyId is null)
        {
            flow.Begin(BlockTag.Paragraph).Add(new TextRun(model.Words.NotChosenYet, type.Small, Palette.Muted, x, flow.Y + 10));
            flow.Y += 16;
        }

        if (!model.IsBlank && model.ThenDate is { } thenDate)
        {
            // The face of the earlier round with its date and words: "Toen, 15 september 2025" over "Gaat slecht".
            var then = model.Smileys.FirstOrDefault(s => s.Id == topic.ThenSmileyId);
            flow.Y += 6;
            var block = flow.Begin(BlockTag.Paragraph);
            block.Add(new TextRun(BookletWords.Format(model.Words.ThenOn, model.Words.DateText(thenDate)), type.Small, Palette.Muted, x, flow.Y + PageFlow.Baseline(type.Small)));
            flow.Y += Typography.LineHeight(type.Small) + 2;
            var textX = x;
            if (then?.Level is { } thenLevel)
            {
                var center = new XPoint(x + 7, flow.Y + 7);
                block.Add(new Artwork(gfx => SmileyFigure.Draw(gfx, center, 7, thenLevel, chosen: false, color)));
                textX += 20;
            }

            block.Add(new TextRun(flow.Measurer.Ellipsize(then?.Label ?? model.Words.NothingChosen, type.Small, SideWidth - (textX - x)), type.Small, Palette.Muted, textX, flow.Y + PageFlow.Baseline(type.Small)));
            flow.Y += 16;
        }

        if (topic.Suggestions.Count == 0)
        {
            return [];
        }

        flow.Y += 14;
        return SuggestionsBox.WriteInSideColumn(flow, color, x, SideWidth, topic.Suggestions);
    }

    private void Questions(PageFlow flow, XColor color, double reserveAtEnd)
    {
        var boxes = topic.Questions
            .Select(q => new WritingBox(q.Label, q.Answer, color) { Indent = q.IsSubQuestion ? 26 : 0, DutchLabel = q.DutchLabel })
            .ToList();
        if (flow.Model.IsBlank)
        {
            BlankQuestions.Write(flow, boxes, BoxGap, reserveAtEnd);
            return;
        }

        foreach (var box in boxes)
        {
            box.Write(flow);
            flow.Space(BoxGap);
        }
    }
}
