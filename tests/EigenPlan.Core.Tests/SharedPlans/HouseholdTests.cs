using EigenPlan.Core.SharedPlans;
using static EigenPlan.Core.Tests.SharedPlans.SharedPlanSamples;

namespace EigenPlan.Core.Tests.SharedPlans;

/// <summary>The household: members, who each part is about, who may take part, and who sees what.</summary>
public sealed class HouseholdTests
{
    private static (SharedPlan Plan, string Noor, string Daan) Family()
    {
        var plan = Plan();
        var owner = Editor(plan, SharedPlanRole.Owner);
        Assert.True(owner.AddMember("Noor", 14, "dochter", out var noor).Succeeded);
        Assert.True(owner.AddMember("mijn jongste zoon", 6, "zoon", out var daan).Succeeded);
        return (plan, noor!, daan!);
    }

    [Fact]
    public void Owner_AddsMembers_NameOrDescription_AgeAndRelation()
    {
        var (plan, noor, daan) = Family();

        Assert.Equal(["Noor (dochter, 14 jaar)", "mijn jongste zoon (zoon, 6 jaar)"], plan.Household.Select(HouseholdAbout.Describe));
        Assert.Equal("het hele huishouden", HouseholdAbout.Describe(plan, HouseholdAbout.Everyone));
        Assert.Equal("Sanne", HouseholdAbout.Describe(plan, HouseholdAbout.Owner));
        Assert.Null(HouseholdAbout.Describe(plan, null));
        Assert.NotEqual(noor, daan);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(121)]
    public void ImpossibleAge_IsRefused(int age)
    {
        var plan = Plan();

        Assert.Equal(SharedPlanEditError.InvalidDate, Editor(plan, SharedPlanRole.Owner).AddMember("Noor", age, "dochter", out _).Error);
        Assert.Empty(plan.Household);
    }

    [Fact]
    public void GoalsAndTopics_AreAboutAMemberOrTheWholeHousehold()
    {
        var (plan, noor, _) = Family();
        var owner = Editor(plan, SharedPlanRole.Owner);

        Assert.True(owner.SetTopicAbout(SmallContent.Income, "Inkomen", HouseholdAbout.Everyone).Succeeded);
        Assert.True(owner.AddGoal("Noor gaat naar de sportclub", null, noor, out var goalId).Succeeded);
        Assert.True(owner.AddGoal("Schulden regelen", SmallContent.Income, out var fromTopic).Succeeded);
        Assert.True(owner.SetGoalAbout(plan.Goals[0].Id, HouseholdAbout.Owner).Succeeded);

        Assert.Equal(noor, plan.FindGoal(goalId)!.About);
        Assert.Equal(HouseholdAbout.Everyone, plan.FindGoal(fromTopic)!.About);
        Assert.Equal(("Inkomen", HouseholdAbout.Everyone), (plan.TopicsAbout[0].TopicTitle, plan.AboutOfTopic(SmallContent.Income)));
        Assert.Equal(SharedPlanEditError.UnknownMember, owner.SetGoalAbout(goalId!, "nope").Error);
        Assert.True(owner.SetTopicAbout(SmallContent.Income, null, null).Succeeded);
        Assert.Empty(plan.TopicsAbout);
    }

    [Fact]
    public void OnlyTheOwner_DecidesAboutTheHousehold()
    {
        var (plan, noor, _) = Family();
        var sister = Editor(plan, SharedPlanRole.Contributor);

        Assert.Equal(SharedPlanEditError.NotAllowed, sister.AddMember("Opa", 80, "opa", out _).Error);
        Assert.Equal(SharedPlanEditError.NotAllowed, sister.RemoveMember(noor).Error);
        Assert.Equal(SharedPlanEditError.NotAllowed, sister.SetGoalAbout(plan.Goals[0].Id, noor).Error);
        Assert.Equal(SharedPlanEditError.NotAllowed, sister.SetTopicAbout(SmallContent.Income, "Inkomen", noor).Error);
        Assert.Equal(SharedPlanEditError.NotAllowed, sister.TakePartAsMember(noor, out _).Error);
        Assert.Equal(2, plan.Household.Count);
    }

    [Fact]
    public void MemberOldEnough_TakesPartWithOwnParticipant_YoungerOrUnknownAgeDoesNot()
    {
        var (plan, noor, daan) = Family();
        var owner = Editor(plan, SharedPlanRole.Owner);
        owner.AddMember("Oma", null, "oma", out var oma);

        Assert.True(owner.TakePartAsMember(noor, out var participantId).Succeeded);
        Assert.Equal(SharedPlanEditError.NoChange, owner.TakePartAsMember(noor, out var again).Error);
        Assert.Equal(SharedPlanEditError.TooYoung, owner.TakePartAsMember(daan, out _).Error);
        var unknownAge = owner.TakePartAsMember(oma!, out _);

        var participant = plan.FindParticipant(participantId)!;
        Assert.Equal((ParticipantKind.Household, "dochter", noor), (participant.Kind, participant.Role, participant.HouseholdMemberId));
        Assert.Equal(participantId, again);
        Assert.Equal(SharedPlanEditError.TooYoung, unknownAge.Error);
        Assert.Contains("leeftijd", unknownAge.Message, StringComparison.Ordinal);
        Assert.Equal(HouseholdAbout.MinimumAgeToTakePart, 12);
    }

    [Fact]
    public void InvitedMember_SeesWhatIsAboutThemFirst_OthersSeeNoOverJou()
    {
        var (plan, noor, daan) = Family();
        var owner = Editor(plan, SharedPlanRole.Owner);
        owner.TakePartAsMember(noor, out var noorParticipant);
        owner.AddGoal("Noor gaat naar de sportclub", null, noor, out _);
        owner.AddGoal("Daan naar zwemles", null, daan, out _);
        owner.AddGoal("Samen eten op zondag", null, HouseholdAbout.Everyone, out _);
        owner.SetGoalAbout(plan.Goals[0].Id, HouseholdAbout.Owner);

        var asNoor = HouseholdView.For(plan, new SharedPlanActor(SharedPlanRole.Reader, noorParticipant, "inv"));
        var asSister = HouseholdView.For(plan, new SharedPlanActor(SharedPlanRole.Contributor, Sister(plan).Id, "inv2"));
        var asOwner = HouseholdView.For(plan, SharedPlanActor.Owner);

        Assert.Equal("Noor", asNoor.Me!.Name);
        Assert.Equal(["Noor gaat naar de sportclub"], asNoor.AboutMe.Select(g => g.Text));
        Assert.Equal(["Samen eten op zondag"], asNoor.AboutEveryone.Select(g => g.Text));
        Assert.Null(asSister.Me);
        Assert.Empty(asSister.AboutMe);
        Assert.Equal(["Rondkomen zonder zorgen"], asOwner.AboutMe.Select(g => g.Text));
    }

    [Fact]
    public void RemovingAMember_ClearsWhatWasAboutThem_ParticipantStaysUnlinked()
    {
        var (plan, noor, _) = Family();
        var owner = Editor(plan, SharedPlanRole.Owner);
        owner.TakePartAsMember(noor, out var participantId);
        owner.SetTopicAbout(SmallContent.Income, "Inkomen", noor);
        owner.SetGoalAbout(plan.Goals[0].Id, noor);

        Assert.True(owner.RemoveMember(noor).Succeeded);

        Assert.Null(plan.Goals[0].About);
        Assert.Empty(plan.TopicsAbout);
        Assert.Null(plan.FindParticipant(participantId)!.HouseholdMemberId);
        Assert.Null(HouseholdView.For(plan, new SharedPlanActor(SharedPlanRole.Reader, participantId)).Me);
    }

    [Fact]
    public void TooManyMembers_IsRefused()
    {
        var plan = Plan();
        var owner = Editor(plan, SharedPlanRole.Owner);
        for (var i = 0; i < SharedPlanLimits.MaxHouseholdMembers; i++)
        {
            Assert.True(owner.AddMember($"Kind {i}", i, "kind", out _).Succeeded);
        }

        Assert.Equal(SharedPlanEditError.TooMany, owner.AddMember("Nog een", 1, "kind", out _).Error);
    }
}
