using System.Text;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Sections;
using EigenPlan.Core.Content;
using EigenPlan.Core.Languages;
using EigenPlan.Core.Plans;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace EigenPlan.Booklet.Tests.Languages;

/// <summary>Booklets in another language, read back from the real PDF: words, letters, fonts and where the ink is.</summary>
public class LanguageBookletTests
{
    private static byte[] Render(Format format, PlanContent? plan, PlanLanguage? language = null) =>
        BookletPdf.Render(BookletModel.Create(format, RealisticContent.Almere, plan,
            BookletOptions.Deterministic(BookletPdf.FixedTime) with { Language = language }, RealisticContent.Format));

    private static string Squeeze(string text) => BookletPdf.Squeeze(text);

    /// <summary>With EIGENPLAN_BOOKLET_SAMPLES set to a folder, keeps the PDF there (for the PNGs in docs/booklet).</summary>
    private static void Keep(string name, byte[] pdf)
    {
        if (Environment.GetEnvironmentVariable("EIGENPLAN_BOOKLET_SAMPLES") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, name), pdf);
        }
    }

    [Fact]
    public void EnglishBooklet_PrintsEnglishWordsWithTheDutchQuestionUnderEachQuestion()
    {
        var pdf = Render(TranslatedFormats.English, plan: null);
        Keep("en-blank.pdf", pdf);

        var text = Squeeze(BookletPdf.RunningText(pdf));
        Assert.Contains(Squeeze("My Own Plan"), text);
        Assert.Contains(Squeeze("Municipality of Almere"), text);
        Assert.Contains("Contents", text);
        Assert.Contains(Squeeze("The houses"), text);
        // The English question, and right under it the Dutch one, for the municipality.
        Assert.Contains(Squeeze("What do I still need?") + Squeeze("NL: Wat heb ik nog nodig?"), text);
        Assert.Contains(Squeeze("Who around me could help me with this?") + Squeeze("NL: Wie uit mijn omgeving zou mij hierbij kunnen helpen?"), text);
        // The topic page names house and topic in Dutch too; a house without a translation is not repeated.
        Assert.Contains(Squeeze("NL: Geldzaken · Inkomen"), text);
        Assert.Contains(Squeeze("NL: Geldzaken · Uitgaven en schulden"), text);
        Assert.DoesNotContain("Inhoud", text);
        Assert.DoesNotContain(Squeeze("Hoe gaat het?"), text);
        var footer = BookletPdf.Words(pdf)[1];
        Assert.Contains("page", footer);
        Assert.DoesNotContain("pagina", footer);
    }

    [Fact]
    public void EnglishLanguage_WithTheFormatStillInDutch_PrintsTheBookletsOwnWordsInEnglishAndNoDutchDoubles()
    {
        // Until a format has a translation the catalog hands out the Dutch one: the booklet's own words follow the plan.
        var pdf = Render(RealisticContent.Format, plan: null, PlanLanguage.English);

        var text = Squeeze(BookletPdf.RunningText(pdf));
        Assert.Contains(Squeeze("My Own Plan"), text);
        Assert.Contains(Squeeze("Wat heb ik nog nodig?"), text);
        Assert.DoesNotContain("NL:", text);
    }

    [Fact]
    public void DutchBooklet_IsTheSameWhateverDutchFormatAndLanguageArePassed()
    {
        var plan = SamplePlans.SecondRound(RealisticContent.Format, RealisticContent.Almere);
        var plain = BookletPdf.Render(plan);
        var explicitDutch = BookletPdf.Render(BookletModel.Create(RealisticContent.Format, RealisticContent.Almere, plan,
            BookletOptions.Deterministic(BookletPdf.FixedTime) with { Language = PlanLanguage.Dutch }, RealisticContent.Format));

        Assert.Equal(plain, explicitDutch);
    }

    [Fact]
    public void ArabicBooklet_IsReproducible_WithAFixedDate()
    {
        var plan = SamplePlans.Filled(TranslatedFormats.Arabic, RealisticContent.Almere);
        plan.Topic(TranslatedFormats.Arabic.Houses[0].Topics[0].Key).Answers["nu"] = "السلام عليكم İstanbul";

        Assert.Equal(Render(TranslatedFormats.Arabic, plan), Render(TranslatedFormats.Arabic, plan));
    }

    [Fact]
    public void TurkishAndPolishLetters_ComeBackFromThePdfAsWritten_InADutchPlan()
    {
        const string turkish = "İstanbul'da ağabeyim ışıklı şehirde yaşıyor; ĞŞİ çok güzel.";
        const string polish = "Zażółć gęślą jaźń, Łódź i Świętokrzyskie ąę.";
        var plan = SamplePlans.Filled(RealisticContent.Format, RealisticContent.Almere, markers: false);
        var topic = RealisticContent.Format.Houses[0].Topics[0].Key;
        plan.Topic(topic).Answers["nu"] = turkish;
        plan.Topic(topic).Answers["wil"] = polish;

        var pdf = BookletPdf.Render(plan);

        var text = BookletPdf.RunningText(pdf);
        Assert.Contains(turkish, text, StringComparison.Ordinal);
        Assert.Contains(polish, text, StringComparison.Ordinal);
        // Atkinson Hyperlegible has every letter but the dotted capital İ; that one comes from Noto Sans, not as an empty box.
        var letters = LettersOf(pdf).Where(l => l.Value is "İ" or "ğ" or "ş" or "ı" or "ł" or "ą" or "ę").ToList();
        Assert.All(letters.Where(l => l.Value == "İ"), l => Assert.Contains("Noto Sans", l.FontName, StringComparison.Ordinal));
        Assert.All(letters.Where(l => l.Value != "İ"), l => Assert.Contains("Atkinson", l.FontName, StringComparison.Ordinal));
    }

    [Fact]
    public void TurkishBooklet_HasTurkishWordsWithTheirOwnLetters()
    {
        var pdf = Render(RealisticContent.Format, SamplePlans.Filled(RealisticContent.Format, RealisticContent.Almere), PlanLanguage.Turkish);

        var text = BookletPdf.RunningText(pdf);
        Assert.Contains("Kendi Planım", text, StringComparison.Ordinal);
        Assert.Contains("İçindekiler", text, StringComparison.Ordinal);
        Assert.Contains("12 Mart 2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ArabicAnswer_IsShapedAndRightToLeft_InTheTextThePdfGivesBack()
    {
        const string answer = "السلام عليكم";
        var plan = SamplePlans.Filled(TranslatedFormats.Arabic, RealisticContent.Almere, markers: false);
        plan.Language = "ar";
        plan.Topic(TranslatedFormats.Arabic.Houses[0].Topics[0].Key).Answers["nu"] = answer;

        var pdf = Render(TranslatedFormats.Arabic, plan);

        var line = ArabicLines(pdf).First(l => Logical(l.Text).Contains("السلام", StringComparison.Ordinal));
        // Drawn as joined forms (Arabic Presentation Forms, lam-alef as one ligature), left to right on the page, so the
        // extracted letters reversed and normalised (NFKC) are the answer as typed.
        Assert.All(line.Text.Where(c => c != ' '), c => Assert.InRange(c, '\uFB50', '\uFEFF'));
        Assert.Contains('\uFEFC', line.Text);
        Assert.Equal(answer, Logical(line.Text));
    }

    [Fact]
    public void ArabicBooklet_HasArabicWords_AndTheDutchQuestionUnderEachQuestion()
    {
        var pdf = Render(TranslatedFormats.Arabic, plan: null);

        var lines = ArabicLines(pdf).Select(l => Logical(l.Text)).ToList();
        Assert.Contains(lines, l => l.Contains("خطتي الخاصة", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("ما الذي ما زلت أحتاجه؟", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("المحتويات", StringComparison.Ordinal));
        var text = Squeeze(BookletPdf.RunningText(pdf));
        Assert.Contains(Squeeze("NL: Wat heb ik nog nodig?"), text);
    }

    [Fact]
    public void EnglishBooklet_PrintsTheSharedPlanInEnglish_WithTheDutchHeadings_AndThePeoplesOwnWords()
    {
        var model = BookletModel.Create(TranslatedFormats.English, RealisticContent.Almere, null,
                BookletOptions.Deterministic(BookletPdf.FixedTime) with { Language = PlanLanguage.English }, RealisticContent.Format)
            .WithSharedPlan(SharedPlanSectionTests.FamilyPlan(), new DateOnly(2026, 3, 10));
        var pdf = BookletPdf.Render(model);
        Keep("en-shared.pdf", pdf);

        var text = Squeeze(BookletPdf.RunningText(pdf));
        Assert.Contains(Squeeze("Our plan together NL: Ons samenplan"), text);
        Assert.Contains(Squeeze("Our household NL: Ons huishouden • Noor (dochter, 14 years) Topic Inkomen is about: the whole household"), text);
        Assert.Contains(Squeeze("Goal 1: Rondkomen zonder zorgen About: the whole household"), text);
        Assert.Contains(Squeeze("Goals reached NL: Gelukt Well done! You have reached a goal. Good job! Goal 2: Een woning zonder trap – reached on 2 March 2026"), text);
        Assert.Contains(Squeeze("Looking back together NL: Samen terugkijken Planned: 6 April 2026, with Fatima"), text);
        Assert.Contains(Squeeze("What went well: De post is uitgezocht. What did not go well: – What we will do differently: Fatima belt de bank."), text);
        Assert.Contains(Squeeze("Sanne – owner of the plan Fatima – zus (fixed contact person)"), text);
        foreach (var dutch in new[] { "Kleur:", "Doel 1", "wanneer:", "bereikt op", "het hele huishouden", "vaste contactpersoon", "maart" })
        {
            Assert.DoesNotContain(Squeeze(dutch), text.Replace(Squeeze("NL: Ons samenplan"), "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ArabicBooklet_PrintsTheSharedPlansHeadingsShapedInArabic_WithTheDutchBeside()
    {
        var model = BookletModel.Create(TranslatedFormats.Arabic, RealisticContent.Almere, null,
                BookletOptions.Deterministic(BookletPdf.FixedTime) with { Language = PlanLanguage.Arabic }, RealisticContent.Format)
            .WithSharedPlan(SharedPlanSectionTests.FamilyPlan(), new DateOnly(2026, 3, 10));
        var pdf = BookletPdf.Render(model);
        Keep("ar-shared.pdf", pdf);

        var lines = ArabicLines(pdf).Select(l => Logical(l.Text)).ToList();
        Assert.Contains(lines, l => l == "خطتنا المشتركة");
        Assert.Contains(lines, l => l == "أسرتنا");
        Assert.Contains(lines, l => l == "من يشارك؟");
        var text = Squeeze(BookletPdf.RunningText(pdf));
        Assert.Contains(Squeeze("NL: Wie doen er mee?"), text);
        Assert.Contains(Squeeze("Rondkomen zonder zorgen"), text);
        Assert.DoesNotContain(Squeeze("Kleur:"), text);
    }

    [Fact]
    public void ArabicBooklet_PutsTheFirstHouseOnTheRight_OfTheHousesPlate()
    {
        var pdf = Render(TranslatedFormats.Arabic, plan: null);
        var houses = TranslatedFormats.Arabic.Houses;

        // The plate's first row: the one line of text that holds the first two houses' titles. Read back from right to
        // left (Logical), the first house comes first when it stands on the right.
        using var document = PdfDocument.Open(pdf);
        var row = document.GetPages().SelectMany(p => p.Letters.GroupBy(l => (p.Number, Math.Round(l.StartBaseLine.Y, 1))))
            .Select(g => Logical(string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value))))
            .First(line => houses.Take(2).All(h => line.Contains(h.Title, StringComparison.Ordinal)));

        Assert.True(row.IndexOf(houses[0].Title, StringComparison.Ordinal) < row.IndexOf(houses[1].Title, StringComparison.Ordinal),
            $"read from the right, the first house comes first: {row}");
    }

    [Fact]
    public void ArabicAnswer_IsAlignedToTheRightEdgeOfItsBox_OnTheRenderedPage()
    {
        const string answer = "أنا بخير";
        var plan = SamplePlans.Filled(TranslatedFormats.Arabic, RealisticContent.Almere, markers: false);
        plan.Language = "ar";
        var topic = TranslatedFormats.Arabic.Houses[0].Topics[0].Key;
        foreach (var question in TranslatedFormats.Arabic.Questions)
        {
            plan.Topic(topic).Answers[question.Id] = answer;
        }

        var pdf = Render(TranslatedFormats.Arabic, plan);
        Keep("ar-filled.pdf", pdf);
        var (page, line) = ArabicLinesWithPage(pdf).First(l => Logical(l.Line.Text) == answer);
        var png = BookletPdf.RenderPagePng(pdf, page);
        File.Copy(png, Path.Combine(Path.GetTempPath(), "eigenplan-arabic-topic.png"), overwrite: true);

        // The answer box spans the text column beside the faces; a short answer there ends at the box's right edge.
        var gray = GrayPixels.Render(pdf, page, 60);
        var y = gray.Pixels(PageHeight(pdf) - line.Baseline) - 3;
        var row = Enumerable.Range(0, gray.Width).Select(x => Enumerable.Range(y - 3, 6).Min(yy => gray.At(x, yy))).ToArray();
        var ink = Enumerable.Range(0, gray.Width).Where(x => row[x] < 120).ToList();
        Assert.NotEmpty(ink);
        var boxLeft = gray.Pixels(line.Left - 5);
        Assert.True(line.Left > 250, $"the line starts at {line.Left:F0} pt, not near the right edge");
        Assert.DoesNotContain(ink, x => x > gray.Pixels(80) && x < gray.Pixels(220));
        Assert.True(ink.Max() > boxLeft, "ink on the right side of the box");
    }

    internal sealed record ArabicLine(string Text, double Left, double Baseline);

    /// <summary>Horizontal lines of Arabic letters per page, letters in drawing order (left to right), with their position.</summary>
    internal static IEnumerable<ArabicLine> ArabicLines(byte[] pdf) => ArabicLinesWithPage(pdf).Select(l => l.Line);

    private static List<(int Page, ArabicLine Line)> ArabicLinesWithPage(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var result = new List<(int, ArabicLine)>();
        foreach (var page in document.GetPages())
        {
            foreach (var group in page.Letters.Where(l => l.TextOrientation == TextOrientation.Horizontal)
                .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)))
            {
                var letters = group.OrderBy(l => l.StartBaseLine.X).ToList();
                var text = string.Concat(letters.Select(l => l.Value)).Trim();
                if (text.Any(c => c is >= '\uFB50' and <= '\uFEFF'))
                {
                    var arabic = letters.Where(l => l.Value.Any(c => c is >= '\u0600' and <= '\uFEFF')).ToList();
                    result.Add((page.Number, new ArabicLine(text, arabic.Min(l => l.StartBaseLine.X), group.Key)));
                }
            }
        }

        return result;
    }

    /// <summary>Visual order back to the typed text: letters reversed (a ligature is one letter), then NFKC.</summary>
    internal static string Logical(string visual)
    {
        var chars = visual.ToCharArray();
        Array.Reverse(chars);
        return new string(chars).Normalize(NormalizationForm.FormKC);
    }

    private static List<Letter> LettersOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().SelectMany(p => p.Letters)];
    }

    private static double PageHeight(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPage(1).Height;
    }
}
