using EigenPlan.Booklet.Model;
using EigenPlan.Core.Content;
using EigenPlan.Core.Plans;
using UglyToad.PdfPig;

namespace EigenPlan.Booklet.Tests;

public class LongAndHostileInputTests
{
    private static readonly Topic Inkomen = RealisticContent.Format.Houses[0].Topics[0];

    private static PlanContent PlanWith(string answer, string questionId = "nu")
    {
        var plan = new PlanContent { MunicipalityId = "almere", FormatId = "basis" };
        plan.Topic(Inkomen.Key).Answers[questionId] = answer;
        return plan;
    }

    private static string TopicWords(List<string[]> pages) =>
        string.Join(' ', PageFinder.TopicPages(pages, "Geldzaken", Inkomen.Title).SelectMany(i => pages[i]));

    [Fact]
    public void Render_20000CharacterAnswer_AppearsWholeAcrossFollowUpPages()
    {
        var words = new List<string>();
        while (string.Join(' ', words).Length < PlanLimits.MaxTextLength - 12)
        {
            words.Add($"woord{words.Count:D5}");
        }

        var answer = string.Join(' ', words);
        var pages = BookletPdf.Words(BookletPdf.Render(PlanWith(answer)));
        var found = PageFinder.TopicPages(pages, "Geldzaken", Inkomen.Title)
            .SelectMany(i => pages[i]).Where(w => w.StartsWith("woord", StringComparison.Ordinal)).ToList();

        Assert.InRange(answer.Length, PlanLimits.MaxTextLength - 20, PlanLimits.MaxTextLength);
        Assert.Equal(words, found);
        Assert.Contains(pages, p => PageFinder.Text(p).StartsWith("Inkomen (vervolg)", StringComparison.Ordinal));
        Assert.Contains(pages, p => PageFinder.Text(p).Contains("Hoe gaat het nu? (vervolg)", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_2000CharacterWordWithoutSpaces_IsBrokenByCharactersAndKeptWhole()
    {
        var word = string.Concat(Enumerable.Range(0, 250).Select(i => $"qxzwqxz{i % 10}"));
        var pages = BookletPdf.Words(BookletPdf.Render(PlanWith(word)));
        // The side column's words sit between the lines in extraction order; keep only the pieces of the long word.
        var joined = string.Concat(PageFinder.TopicPages(pages, "Geldzaken", Inkomen.Title).SelectMany(i => pages[i])
            .Where(w => w.Contains('q', StringComparison.Ordinal) && w.All(c => c is 'q' or 'x' or 'z' or 'w' || char.IsAsciiDigit(c))));

        Assert.Equal(2000, word.Length);
        Assert.Contains(word, joined);
    }

    [Fact]
    public void Render_ControlCharacters_AreDroppedAndTheRestKept()
    {
        var answer = "begin\u0000\u0007\u001B[31m\u202Eomgekeerd\u200B\tmidden\r\neinde\u0085";

        var text = TopicWords(BookletPdf.Words(BookletPdf.Render(PlanWith(answer))));

        Assert.Contains("begin[31momgekeerd midden einde", text);
    }

    [Fact]
    public void Render_CharactersOutsideWinAnsi_UseAUnicodeFontAndStaySearchable()
    {
        var answer = "Łukasz Şahin en Ďurović wonen naast Zoë.";

        var pdf = BookletPdf.Render(PlanWith(answer));
        var path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "b.pdf");
        File.WriteAllBytes(path, pdf);
        var fonts = BookletPdf.Run("pdffonts", $"\"{path}\"");

        Assert.Contains("Łukasz Şahin en Ďurović wonen naast Zoë.", TopicWords(BookletPdf.Words(pdf)));
        // The line with Ł, Ş and Ď goes through an Identity-H font with a ToUnicode map; other lines stay WinAnsi.
        Assert.Matches(@"Identity-H\s+yes\s+yes\s+yes", fonts);
        Assert.Contains("WinAnsi", fonts);
    }

    [Fact]
    public void Render_RightToLeftText_GivesAValidPdf()
    {
        var answer = "مرحبا، أنا أحتاج مساعدة في المنزل. שלום, אני צריך עזרה. Gemengd: hulp ✓ 🙂";

        var pdf = BookletPdf.Render(PlanWith(answer));

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages > 20);
        Assert.Contains("Gemengd:", TopicWords(BookletPdf.Words(pdf)));
    }

    [Fact]
    public void Render_EveryFieldAt20000Characters_GivesAValidPdf()
    {
        var plan = SamplePlans.Filled(RealisticContent.Format, RealisticContent.Almere);
        var huge = string.Concat(Enumerable.Repeat("Dit is een lange zin met een paar woorden erin. ", 500))[..PlanLimits.MaxTextLength];
        foreach (var answers in plan.Topics.Values)
        {
            foreach (var key in answers.Answers.Keys.ToList())
            {
                answers.Answers[key] = huge;
            }
        }

        foreach (var notes in plan.Houses.Values)
        {
            (notes.GoingWell, notes.NotGoingWell, notes.FreeText) = (huge, huge, huge + huge);
        }

        plan.About.Name = new string('x', 5000);
        var pdf = BookletPdf.Render(plan);

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages > 300);
    }

    [Fact]
    public void Render_EmptyEverything_GivesAValidPdf()
    {
        var format = RealisticContent.Format with
        {
            Houses = [RealisticContent.Format.Houses[0] with { Topics = [Inkomen with { Suggestions = [], Essence = "" }] }],
            Smileys = [],
        };
        var municipality = RealisticContent.Almere with
        {
            SocialMap = [],
            Name = "",
        };
        var plan = new PlanContent { MunicipalityId = "", FormatId = "" };
        plan.About = new AboutMe { Name = "", Age = -3, HelperName = "", FilledInBy = FilledInBy.SomeoneIKnow };
        plan.Topic(Inkomen.Key).SmileyId = "bestaat-niet";
        plan.House("geldzaken").Drawing.Strokes.Add(new Stroke { Points = [float.NaN, 1, 2] });

        var pdf = new BookletRenderer().Render(BookletModel.Create(format, municipality, plan, BookletOptions.Deterministic(BookletPdf.FixedTime)));

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 5);
    }

    [Fact]
    public void Render_NoHousesAtAll_GivesAValidPdf()
    {
        var format = RealisticContent.Format with { Houses = [], Questions = [] };

        var pdf = new BookletRenderer().Render(BookletModel.Create(format, RealisticContent.Almere, null));

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 3);
    }

    [Fact]
    public void Render_DrawingWithOutOfCanvasAndHugeValues_GivesAValidPdf()
    {
        var plan = SamplePlans.Filled(RealisticContent.Format, RealisticContent.Almere);
        plan.House("geldzaken").Drawing.Strokes.Add(new Stroke
        {
            Color = "not-a-colour",
            LineWidth = float.PositiveInfinity,
            Points = [-5000, 1e30f, float.NegativeInfinity, 3, 999999, -1],
        });

        using var document = PdfDocument.Open(BookletPdf.Render(plan));

        Assert.True(document.NumberOfPages > 20);
    }
}
