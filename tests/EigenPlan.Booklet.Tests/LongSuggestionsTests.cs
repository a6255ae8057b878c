using EigenPlan.Booklet.Model;
using EigenPlan.Core.Content;
using EigenPlan.Core.Plans;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace EigenPlan.Booklet.Tests;

/// <summary>
/// Suggestions that do not fit in the side column of a topic page continue after the questions, under
/// "Helpende suggesties (vervolg)"; none is dropped. The format allows six suggestions of up to 500 characters each.
/// </summary>
public class LongSuggestionsTests
{
    private static readonly Topic Inkomen = RealisticContent.Format.Houses[0].Topics[0];

    /// <summary>Six suggestions of about 490 characters, made of numbered words (s3w017 is word 17 of suggestion 3).</summary>
    private static readonly List<string> Suggestions = Enumerable.Range(1, 6)
        .Select(s => string.Join(' ', Enumerable.Range(1, 70).Select(w => $"s{s}w{w:D3}")))
        .ToList();

    private static readonly Format Format = RealisticContent.Format with
    {
        Houses = [RealisticContent.Format.Houses[0] with { Topics = [Inkomen with { Suggestions = Suggestions }] }, .. RealisticContent.Format.Houses.Skip(1)],
    };

    [Fact]
    public void Render_BlankBooklet_EverySuggestionIsPrintedWholeAndInOrder()
    {
        var pdf = Render(plan: null);

        AssertEverySuggestionOnTheTopicPages(pdf);
    }

    [Fact]
    public void Render_ShortAnswers_TheRestFollowsOnAFollowUpPage()
    {
        var plan = new PlanContent { MunicipalityId = "almere", FormatId = "basis" };
        plan.Topic(Inkomen.Key).Answers["nu"] = "Het gaat wel.";

        var pdf = Render(plan);

        AssertEverySuggestionOnTheTopicPages(pdf);
        var pages = BookletPdf.Words(pdf);
        var topicPages = PageFinder.TopicPages(pages, "Geldzaken", Inkomen.Title);
        var followUp = PageFinder.Text(pages[topicPages[^1]]);
        Assert.StartsWith("Inkomen (vervolg) Helpende suggesties (vervolg)", followUp, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LongAnswers_TheRestFollowsTheQuestions()
    {
        var pdf = Render(SamplePlans.Filled(Format, RealisticContent.Almere));

        AssertEverySuggestionOnTheTopicPages(pdf);
    }

    private static byte[] Render(PlanContent? plan) =>
        BookletPdf.Render(BookletModel.Create(Format, RealisticContent.Almere, plan, BookletOptions.Deterministic(BookletPdf.FixedTime)));

    private static void AssertEverySuggestionOnTheTopicPages(byte[] pdf)
    {
        var pages = BookletPdf.Words(pdf);
        var topicPages = PageFinder.TopicPages(pages, "Geldzaken", Inkomen.Title);
        using var document = PdfDocument.Open(pdf);
        // In drawing order, so the side column's lines are not mixed with the questions beside them.
        var text = string.Join(' ', topicPages.Select(i => ContentOrderTextExtractor.GetText(document.GetPage(i + 1))))
            .Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Join(' ', text);
        var printed = text.Where(w => w.Length == 6 && w[0] == 's' && w[2] == 'w').ToList();

        Assert.Equal(Suggestions.SelectMany(s => s.Split(' ')), printed);
        Assert.Contains("Meer suggesties vind je na de vragen.", joined);
        Assert.True(joined.IndexOf("Wat heb ik nog nodig?", StringComparison.Ordinal) < joined.IndexOf("Helpende suggesties (vervolg)", StringComparison.Ordinal));
        // Other topics are not affected.
        Assert.Equal(topicPages.Where(i => PageFinder.Text(pages[i]).Contains("Helpende suggesties (vervolg)", StringComparison.Ordinal)),
            Enumerable.Range(0, pages.Count).Where(i => PageFinder.Text(pages[i]).Contains("Helpende suggesties (vervolg)", StringComparison.Ordinal)));
    }
}
