using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace EigenPlan.Booklet.Tests;

/// <summary>The blank booklet is filled in by hand: every main question gets room to write, on lines a pen fits between.</summary>
public class BlankWritingRoomTests(ITestOutputHelper output)
{
    private static readonly byte[] Pdf = BookletPdf.Render(plan: null);
    private static readonly List<string[]> Pages = BookletPdf.Words(Pdf);
    private static readonly List<string> Labels = RealisticContent.Format.Questions.Select(q => q.Label).ToList();

    [Fact]
    public void Render_EveryMainQuestionOfEveryTopic_HasAtLeastFiveWritingLines()
    {
        var mainLabels = RealisticContent.Format.Questions.Where(q => q.ParentId is null).Select(q => q.Label).ToList();

        var counts = LinesPerQuestion();

        var perMain = counts.SelectMany(t => mainLabels.Select(l => t.Lines.GetValueOrDefault(l))).Order().ToList();
        var perSub = counts.SelectMany(t => t.Lines.Where(l => !mainLabels.Contains(l.Key)).Select(l => l.Value)).Order().ToList();
        output.WriteLine($"Writing lines per main question: min {perMain[0]}, median {perMain[perMain.Count / 2]}, max {perMain[^1]}; "
            + $"per sub-question: min {perSub[0]}, median {perSub[perSub.Count / 2]}; blank booklet {Pages.Count} pages");
        Assert.All(counts, topic => Assert.All(mainLabels, label =>
            Assert.True(topic.Lines.GetValueOrDefault(label) >= 5, $"{topic.Title}, '{label}': {topic.Lines.GetValueOrDefault(label)} lines")));
    }

    [Fact]
    public void Render_WritingLines_AreAtLeastEightMillimetresApart()
    {
        using var document = PdfDocument.Open(Pdf);
        var spacings = RealisticContent.Format.Houses
            .SelectMany(h => h.Topics.SelectMany(t => PageFinder.TopicPages(Pages, h.Title, t.Title)))
            .SelectMany(i => RuledLines.PerQuestion(document, i, Labels))
            .Where(q => q.Lines > 1)
            .Select(q => q.Spacing)
            .ToList();

        Assert.NotEmpty(spacings);
        Assert.All(spacings, s => Assert.True(s >= 8 / 25.4 * 72, $"{s:F1} pt between writing lines"));
    }

    [Fact]
    public void Render_BlankBookletTwice_GivesIdenticalBytes()
    {
        Assert.Equal(Pdf, BookletPdf.Render(plan: null));
    }

    [Fact]
    public void Share_GivesEveryBoxItsMinimum_AndTheExtraLinesMostlyToMainQuestions()
    {
        var color = Style.Palette.Ink;
        var boxes = new List<Layout.WritingBox>
        {
            new("Wat wil ik?", "", color),
            new("Hoe wil ik dit bereiken?", "", color) { Indent = 26 },
            new("Wat heb ik nog nodig?", "", color),
        };

        var shared = Sections.BlankQuestions.Share(boxes, extraLines: 8);

        Assert.Equal([5 + 3, 3 + 2, 5 + 3], shared.Select(b => b.BlankLines));
        Assert.Equal([5, 3, 5], Sections.BlankQuestions.Share(boxes, extraLines: 0).Select(b => b.BlankLines));
    }

    private List<(string Title, Dictionary<string, int> Lines)> LinesPerQuestion()
    {
        using var document = PdfDocument.Open(Pdf);
        var result = new List<(string Title, Dictionary<string, int> Lines)>();
        foreach (var house in RealisticContent.Format.Houses)
        {
            foreach (var topic in house.Topics)
            {
                var lines = PageFinder.TopicPages(Pages, house.Title, topic.Title)
                    .SelectMany(i => RuledLines.PerQuestion(document, i, Labels))
                    .GroupBy(q => q.Label)
                    .ToDictionary(g => g.Key, g => g.Sum(q => q.Lines));
                output.WriteLine($"{topic.Title}: {string.Join(", ", Labels.Select(l => $"{l} {lines.GetValueOrDefault(l)}"))}");
                result.Add((topic.Title, lines));
            }
        }

        return result;
    }
}
