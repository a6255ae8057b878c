using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;

namespace EigenPlan.Booklet.Tests;

public class ModelAndLayoutTests
{
    [Fact]
    public void Create_SubQuestions_FollowTheirMainQuestion()
    {
        var model = BookletModel.Create(RealisticContent.Format, RealisticContent.Almere, null);

        var questions = model.Houses[0].Topics[0].Questions;

        Assert.Equal(["nu", "wil", "bereiken", "zelf", "netwerk", "nodig"], questions.Select(q => q.Id));
        Assert.Equal([false, false, true, false, true, false], questions.Select(q => q.IsSubQuestion));
    }

    [Fact]
    public void Create_Smileys_AreOrderedSadToHappyThenNotApplicable()
    {
        var model = BookletModel.Create(RealisticContent.Format, RealisticContent.Almere, null);

        Assert.Equal([1, 2, 3, 4, 5, null], model.Smileys.Select(s => s.Level));
    }

    [Fact]
    public void Create_Tips_ChosenFirstEachEntryOnceAndMissingCounted()
    {
        var plan = SamplePlans.Filled(RealisticContent.Format, RealisticContent.Almere);

        var tips = BookletModel.Create(RealisticContent.Format, RealisticContent.Almere, plan).Tips;

        var chosen = tips.Chosen.SelectMany(g => g.Entries).Select(e => e.Id).ToList();
        var more = tips.More.SelectMany(g => g.Entries).Select(e => e.Id).ToList();
        Assert.Equal(1, tips.Chosen.Single(g => g.TopicTitle == "Inkomen").MissingCount);
        Assert.Empty(chosen.Intersect(more));
        Assert.Equal(chosen.Count + more.Count, chosen.Concat(more).Distinct().Count());
    }

    [Fact]
    public void Create_BlankBooklet_ListsEverySocialMapEntry()
    {
        var tips = BookletModel.Create(RealisticContent.Format, RealisticContent.Almere, null).Tips;

        Assert.Empty(tips.Chosen);
        Assert.Equal(RealisticContent.Almere.SocialMap.Select(e => e.Id).Order(), tips.More.SelectMany(g => g.Entries).Select(e => e.Id).Order());
    }

    [Fact]
    public void LineBreaker_NeverCutsAWordThatFitsOnALine()
    {
        using var measurer = new TextMeasurer();
        var font = new Typography().Body;
        const string Text = "Ik wil graag weer iets doen waar ik blij van word, samen met mijn buurvrouw en haar hond.";
        var breaker = new LineBreaker(Text, font, measurer);

        var lines = new List<string>();
        while (breaker.NextLine(120) is { } line)
        {
            lines.Add(line);
            Assert.True(measurer.Width(line, font) <= 120);
        }

        Assert.True(lines.Count > 3);
        Assert.Equal(Text.Split(' '), lines.SelectMany(l => l.Split(' ')));
    }

    [Fact]
    public void LineBreaker_WordLongerThanALine_IsSplitByCharacters()
    {
        using var measurer = new TextMeasurer();
        var font = new Typography().Body;
        var word = new string('m', 300);
        var breaker = new LineBreaker(word, font, measurer);

        var lines = new List<string>();
        while (breaker.NextLine(100) is { } line)
        {
            lines.Add(line);
        }

        Assert.True(lines.Count > 5);
        Assert.Equal(word, string.Concat(lines));
    }

    [Fact]
    public void LineBreaker_RunsOfEmptyLines_CollapseToOne()
    {
        using var measurer = new TextMeasurer();
        var breaker = new LineBreaker("een\n\n\n\n\ntwee\n\n", new Typography().Body, measurer);

        var lines = new List<string>();
        while (breaker.NextLine(400) is { } line)
        {
            lines.Add(line);
        }

        Assert.Equal(["een", "", "twee"], lines);
    }

    [Fact]
    public void AddEigenPlanBooklet_RegistersTheRenderer()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddEigenPlanBooklet();

        Assert.Contains(services, d => d.ServiceType == typeof(IBookletRenderer) && d.ImplementationType == typeof(BookletRenderer));
    }
}
