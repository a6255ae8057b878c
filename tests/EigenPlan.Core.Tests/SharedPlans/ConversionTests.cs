using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Core.Tests.SharedPlans;

public sealed class ConversionTests
{
    private static PlanContent AnsweredPlan()
    {
        var plan = SmallContent.NewPlan();
        plan.About.FilledInBy = FilledInBy.ClientSupporter;
        plan.About.HelperName = "Ahmed Yilmaz";
        var income = plan.Topic(SmallContent.Income);
        income.Answers["wil"] = "Ik wil rondkomen zonder zorgen.";
        income.Answers["bereiken"] = "Samen mijn post uitzoeken.\nEen kasboek bijhouden.";
        income.Answers["netwerk"] = "Mijn zus Fatima, buurman Kees en Joost.";
        income.Answers["nodig"] = "Hulp bij een betalingsregeling.";
        income.ChosenEntries.Add("formulierenhulp");
        plan.Topic(SmallContent.Debts).Answers["nu"] = "Veel rekeningen.";
        plan.Topic(SmallContent.Living).Answers["wil"] = "Een woning zonder trap.";
        return plan;
    }

    [Fact]
    public void Suggestions_WishAnswers_BecomeGoalCandidatesInBookletOrder()
    {
        var suggestions = SharedPlanSuggestions.From(AnsweredPlan(), SmallContent.Format, SmallContent.Municipality);

        Assert.Equal([SmallContent.Income, SmallContent.Living], suggestions.Goals.Select(g => g.TopicKey));
        Assert.Equal("Ik wil rondkomen zonder zorgen.", suggestions.Goals[0].Wish);
        Assert.Equal(["Ik wil rondkomen zonder zorgen.", "Een woning zonder trap."], suggestions.VisionSuggestions);
    }

    [Fact]
    public void Suggestions_ApproachNeedAndChosenTips_BecomeActionIdeas_TipWithContact()
    {
        var goal = SharedPlanSuggestions.From(AnsweredPlan(), SmallContent.Format, SmallContent.Municipality).Goals[0];

        Assert.Equal(["Samen mijn post uitzoeken.", "Een kasboek bijhouden.", "Hulp bij een betalingsregeling.", "Contact opnemen met Formulierenhulp"],
            goal.Actions.Select(a => a.What));
        var tip = goal.Actions[^1].Contact!;
        Assert.Equal("formulierenhulp", tip.EntryId);
        Assert.Equal("0361234567", tip.Phone);
    }

    [Fact]
    public void Suggestions_PeopleFromNetworkAnswer_PlusOcoByNameAndWijkteam()
    {
        var people = SharedPlanSuggestions.From(AnsweredPlan(), SmallContent.Format, SmallContent.Municipality).Participants;

        Assert.Equal(["Mijn zus Fatima", "buurman Kees", "Joost", "Ahmed Yilmaz", "Wijkteam"], people.Select(p => p.Name));
        Assert.Equal(ParticipantKind.ClientSupporter, people[3].Kind);
        Assert.Equal("Cliëntondersteuning", people[3].Organisation);
        Assert.Equal(ParticipantKind.Wijkteam, people[4].Kind);
    }

    [Fact]
    public void Suggestions_EmptyPlan_NoGoalsButStillOcoAndWijkteam()
    {
        var suggestions = SharedPlanSuggestions.From(SmallContent.NewPlan(), SmallContent.Format, SmallContent.Municipality);

        Assert.Empty(suggestions.Goals);
        Assert.Equal(["Cliëntondersteuning", "Wijkteam"], suggestions.Participants.Select(p => p.Name));
    }

    [Fact]
    public void Create_KeepsChosenOrderAsPriority_OwnerFirst_RewordedText()
    {
        var draft = new SharedPlanDraft("K7P2", "basis", "Sanne", "Rust.",
            [new GoalDraft("Een woning zonder trap", SmallContent.Living), new GoalDraft("  Rondkomen  ", SmallContent.Income)], []);

        Assert.True(SharedPlanFactory.Create(draft, SharedPlanSamples.Now, out var plan).Succeeded);

        Assert.Equal(["Een woning zonder trap", "Rondkomen"], plan!.Goals.Select(g => g.Text));
        Assert.Equal(SmallContent.Living, plan.Goals[0].TopicKey);
        Assert.Equal("Sanne", plan.Owner!.Name);
        Assert.Equal(ParticipantKind.Resident, plan.Participants[0].Kind);
        Assert.All(plan.Goals, g => Assert.Equal(GoalStatus.None, g.Status));
    }

    [Fact]
    public void Create_WithoutGoals_IsRefused()
    {
        var draft = new SharedPlanDraft("K7P2", "basis", "Sanne", "Rust.", [], []);

        var result = SharedPlanFactory.Create(draft, SharedPlanSamples.Now, out var plan);

        Assert.False(result.Succeeded);
        Assert.Null(plan);
    }

    [Fact]
    public void ShareTopics_CopiesOnlyChosenTopicsWithAnswers()
    {
        var topics = SharedTopicSnapshot.From(AnsweredPlan(), SmallContent.Format, [SmallContent.Living]);

        var topic = Assert.Single(topics);
        Assert.Equal("Wonen", topic.TopicTitle);
        Assert.Equal(["Een woning zonder trap."], topic.Answers.Select(a => a.Text));
    }
}
