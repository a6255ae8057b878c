using EigenPlan.Core.SharedPlans;
using static EigenPlan.Core.Tests.SharedPlans.SharedPlanSamples;

namespace EigenPlan.Core.Tests.SharedPlans;

public sealed class PermissionTests
{
    /// <summary>Every change the editor offers, by name, each valid for the owner on a fresh sample plan.</summary>
    private static readonly Dictionary<string, Func<SharedPlanEditor, SharedPlanEditResult>> Edits = new()
    {
        ["vision"] = e => e.SetVision("Een ander toekomstbeeld."),
        ["add-goal"] = e => e.AddGoal("Nieuw doel", null, out _),
        ["reword-goal"] = e => e.RewordGoal(e.Plan.Goals[0].Id, "Anders gezegd"),
        ["remove-goal"] = e => e.RemoveGoal(e.Plan.Goals[0].Id),
        ["move-goal"] = e => e.MoveGoal(e.Plan.Goals[1].Id, -1),
        ["order-goals"] = e => e.SetGoalOrder(e.Plan.Goals.Select(g => g.Id).Reverse().ToList()),
        ["add-participant"] = e => e.AddParticipant("Joost", ParticipantKind.Network, "buurman", null, out _),
        ["remove-participant"] = e => e.RemoveParticipant(Sister(e.Plan).Id),
        ["share-topics"] = e => e.ShareTopics([new SharedTopic { TopicKey = SmallContent.Living }]),
        ["add-action"] = e => e.AddAction(e.Plan.Goals[0].Id, "Bellen", Sister(e.Plan).Id, new DateOnly(2026, 3, 9), null, out _),
        ["update-action"] = e => e.UpdateAction(e.Plan.Goals[0].Id, e.Plan.Goals[0].Actions[0].Id, "Mailen", null, null),
        ["action-done"] = e => e.SetActionDone(e.Plan.Goals[0].Id, e.Plan.Goals[0].Actions[0].Id, true),
        ["remove-action"] = e => e.RemoveAction(e.Plan.Goals[0].Id, e.Plan.Goals[0].Actions[0].Id),
        ["status"] = e => e.SetStatus(e.Plan.Goals[0].Id, GoalStatus.Orange, "Aandacht nodig."),
        ["message"] = e => e.PostMessage(e.Plan.Goals[0].Id, "De afspraak is op dinsdag."),
        ["add-member"] = e => e.AddMember("Noor", 14, "dochter", out _),
        ["goal-about"] = e => e.SetGoalAbout(e.Plan.Goals[0].Id, HouseholdAbout.Everyone),
        ["topic-about"] = e => e.SetTopicAbout(SmallContent.Income, "Inkomen", HouseholdAbout.Owner),
        ["contact-person"] = e => e.SetContactPerson(Sister(e.Plan).Id),
        ["reached-rule"] = e => e.SetReachedRule(ReachedRule.Contributors),
        ["mark-reached"] = e => e.MarkReached(e.Plan.Goals[0].Id),
        ["plan-evaluation"] = e => e.PlanEvaluation(new DateOnly(2026, 3, 10), [Sister(e.Plan).Id], out _),
    };

    private static readonly HashSet<string> ContributorMay = ["add-action", "update-action", "action-done", "status", "message"];

    public static TheoryData<string> EditNames() => [.. Edits.Keys];

    private static SharedPlan PlanWithAction()
    {
        var plan = Plan();
        Assert.True(Editor(plan, SharedPlanRole.Owner).AddAction(plan.Goals[0].Id, "Post uitzoeken", null, null, null, out _).Succeeded);
        return plan;
    }

    [Theory]
    [MemberData(nameof(EditNames))]
    public void Owner_MayDoEverything(string edit)
    {
        var plan = PlanWithAction();

        var result = Edits[edit](Editor(plan, SharedPlanRole.Owner));

        Assert.True(result.Succeeded, $"{edit}: {result.Message}");
    }

    [Theory]
    [MemberData(nameof(EditNames))]
    public void Reader_CannotChangeAnything(string edit)
    {
        var plan = PlanWithAction();
        var before = SharedPlanJson.ToUtf8Json(plan);

        var result = Edits[edit](Editor(plan, SharedPlanRole.Reader));

        Assert.Equal(SharedPlanEditError.NotAllowed, result.Error);
        Assert.Contains("alleen lezen", result.Message, StringComparison.Ordinal);
        Assert.Equal(before, SharedPlanJson.ToUtf8Json(plan));
    }

    [Theory]
    [MemberData(nameof(EditNames))]
    public void Contributor_MayUpdateActionsStatusesAndMessages_NothingElse(string edit)
    {
        var plan = PlanWithAction();
        var before = SharedPlanJson.ToUtf8Json(plan);

        var result = Edits[edit](Editor(plan, SharedPlanRole.Contributor));

        if (ContributorMay.Contains(edit))
        {
            Assert.True(result.Succeeded, $"{edit}: {result.Message}");
        }
        else
        {
            Assert.Equal(SharedPlanEditError.NotAllowed, result.Error);
            Assert.Equal(before, SharedPlanJson.ToUtf8Json(plan));
        }
    }

    [Theory]
    [MemberData(nameof(EditNames))]
    public void Nobody_CannotChangeAnything(string edit)
    {
        var plan = PlanWithAction();

        var result = Edits[edit](new SharedPlanEditor(plan, new SharedPlanActor(SharedPlanRole.None), Now));

        Assert.Equal(SharedPlanEditError.NotAllowed, result.Error);
    }

    [Theory]
    [InlineData(SharedPlanRight.Invite)]
    [InlineData(SharedPlanRight.Withdraw)]
    [InlineData(SharedPlanRight.Delete)]
    [InlineData(SharedPlanRight.EditVision)]
    [InlineData(SharedPlanRight.ViewAccessLog)]
    public void OnlyOwner_InvitesWithdrawsDeletesChangesVisionAndSeesTheLog(SharedPlanRight right)
    {
        Assert.True(SharedPlanRole.Owner.Allows(right));
        Assert.False(SharedPlanRole.Contributor.Allows(right));
        Assert.False(SharedPlanRole.Reader.Allows(right));
        Assert.False(SharedPlanRole.None.Allows(right));
        Assert.Throws<SharedPlanAccessDeniedException>(() => SharedPlanRole.Contributor.Demand(right));
    }

    [Fact]
    public void EveryoneWithALink_MayView_NobodyMayNot()
    {
        Assert.True(SharedPlanRole.Reader.Allows(SharedPlanRight.View));
        Assert.True(SharedPlanRole.Contributor.Allows(SharedPlanRight.View));
        Assert.False(SharedPlanRole.None.Allows(SharedPlanRight.View));
    }

    [Fact]
    public void InvitationRoles_MapToReaderAndContributor()
    {
        Assert.Equal(SharedPlanRole.Reader, InvitationRole.Read.ToRole());
        Assert.Equal(SharedPlanRole.Contributor, InvitationRole.Contribute.ToRole());
        Assert.Equal(SharedPlanRole.None, ((InvitationRole)42).ToRole());
    }

    [Fact]
    public void ForgedIds_AreRefused_PlanUnchanged()
    {
        var plan = PlanWithAction();
        var editor = Editor(plan, SharedPlanRole.Owner);
        var before = SharedPlanJson.ToUtf8Json(plan);

        Assert.Equal(SharedPlanEditError.UnknownGoal, editor.PostMessage("nope", "Hoi").Error);
        Assert.Equal(SharedPlanEditError.UnknownAction, editor.SetActionDone(plan.Goals[0].Id, "nope", true).Error);
        Assert.Equal(SharedPlanEditError.UnknownParticipant, editor.AddAction(plan.Goals[0].Id, "Bellen", "nope", null, null, out _).Error);
        Assert.Equal(SharedPlanEditError.CannotRemoveOwner, editor.RemoveParticipant(plan.Owner!.Id).Error);
        Assert.Equal(SharedPlanEditError.EmptyText, editor.PostMessage(plan.Goals[0].Id, " \n ").Error);
        Assert.Equal(SharedPlanEditError.TextTooLong, editor.PostMessage(plan.Goals[0].Id, new string('a', SharedPlanLimits.MaxMessageLength + 1)).Error);
        Assert.Equal(SharedPlanEditError.InvalidDate, editor.AddAction(plan.Goals[0].Id, "Bellen", null, new DateOnly(9999, 1, 1), null, out _).Error);
        Assert.Equal(before, SharedPlanJson.ToUtf8Json(plan));
    }

    [Fact]
    public void Message_KeepsAuthorRoleAndTime()
    {
        var plan = PlanWithAction();

        Editor(plan, SharedPlanRole.Contributor).PostMessage(plan.Goals[0].Id, "  Ik heb de bank gebeld.  ");

        var message = Assert.Single(plan.Goals[0].Messages);
        Assert.Equal(("Fatima", SharedPlanRole.Contributor, Now, "Ik heb de bank gebeld."),
            (message.AuthorName, message.AuthorRole, message.TimeUtc, message.Text));
    }

    [Fact]
    public void RemoveParticipant_TheirActionsGoBackToNobody()
    {
        var plan = Plan();
        var editor = Editor(plan, SharedPlanRole.Owner);
        editor.AddAction(plan.Goals[0].Id, "Bellen", Sister(plan).Id, null, null, out _);

        editor.RemoveParticipant(Sister(plan).Id);

        Assert.Null(plan.Goals[0].Actions[0].ParticipantId);
    }
}
