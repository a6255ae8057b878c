using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Booklet.Sections;

// The household and who each part is about; the goals reached (Gelukt); samen terugkijken.
public sealed partial class SharedPlanSection
{
    private void Household(PageFlow flow)
    {
        if (plan.Household.Count == 0 && plan.TopicsAbout.Count == 0)
        {
            return;
        }
        var type = flow.Typography;
        Heading(flow, w => w.Household);
        foreach (var member in plan.Household)
        {
            flow.Text($"• {Name(words.Describe(member))}", type.Body, Palette.Ink, indent: 10);
        }
        foreach (var topic in plan.TopicsAbout)
        {
            var title = topic.TopicTitle.Length > 0 ? topic.TopicTitle : topic.TopicKey;
            flow.Text(BookletWords.Format(words.TopicAbout, Name(title), Name(words.DescribeAbout(plan, topic.About) ?? "")), type.Body, Palette.Ink);
        }
    }

    /// <summary>"Over: Noor (dochter, 14 jaar)" under a goal, when the owner said who it is about.</summary>
    private void AboutLine(PageFlow flow, string? about)
    {
        if (words.DescribeAbout(plan, about) is { } who)
        {
            flow.Text(BookletWords.Format(words.About, Name(who)), flow.Typography.Body, Palette.Ink);
        }
    }

    private void Reached(PageFlow flow, SharedPlanOverview overview)
    {
        if (words.Celebration(overview.Reached.Count) is not { } celebration)
        {
            return;
        }
        var type = flow.Typography;
        Heading(flow, w => w.Reached);
        flow.Text(celebration, type.Body, Palette.Ink);
        foreach (var item in overview.Reached)
        {
            flow.EnsureSpace(60);
            flow.Text(BookletWords.Format(words.ReachedLine, item.Priority, BookletText.Clean(item.Goal.Text, SharedPlanLimits.MaxGoalLength), booklet.DateText(item.Goal.Reached!.On)),
                type.BodyBold, Palette.Ink, BlockTag.Heading3);
            AboutLine(flow, item.Goal.About);
        }
    }

    private void Evaluations(PageFlow flow)
    {
        if (plan.Evaluations.Count == 0)
        {
            return;
        }
        var type = flow.Typography;
        Heading(flow, w => w.Evaluations);
        foreach (var next in EvaluationSchedule.Upcoming(plan, today))
        {
            flow.Text(BookletWords.Format(words.Planned, booklet.DateText(next.Date), People(next.ParticipantIds)), type.Body, Palette.Ink);
        }
        foreach (var past in EvaluationSchedule.Past(plan, today))
        {
            flow.EnsureSpace(90);
            flow.Space(4);
            flow.Text(BookletWords.Format(words.PastLine, booklet.DateText(past.Date), People(past.ParticipantIds)), type.BodyBold, Palette.Ink, BlockTag.Heading3);
            if (past.Record is not { } record)
            {
                flow.Text(words.NotWrittenYet, type.Small, Palette.Muted);
                continue;
            }
            Answer(flow, words.WentWell, record.WentWell);
            Answer(flow, words.WentBadly, record.WentBadly);
            Answer(flow, words.WeChange, record.WeChange);
            var goals = record.GoalIds.Select(plan.FindGoal).OfType<SharedGoal>().Select(g => BookletText.Clean(g.Text, SharedPlanLimits.MaxGoalLength)).ToList();
            if (goals.Count > 0)
            {
                flow.Text(BookletWords.Format(words.AboutGoals, string.Join("; ", goals)), type.Body, Palette.Ink);
            }
        }
    }

    private static void Answer(PageFlow flow, string question, string answer)
    {
        var text = BookletText.Clean(answer, SharedPlanLimits.MaxEvaluationTextLength);
        flow.Text($"{question}: {(text.Length > 0 ? text : "–")}", flow.Typography.Body, Palette.Ink, indent: 10);
    }

    private string People(IEnumerable<string> participantIds)
    {
        var names = participantIds.Select(plan.FindParticipant).OfType<Participant>().Select(p => Name(p.Name)).ToList();
        return names.Count == 0 ? words.NobodyChosen : string.Join(", ", names);
    }

    private static string Name(string text) => BookletText.Clean(text, SharedPlanLimits.MaxNameLength * 2);
}
