using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;
using EigenPlan.Core.SharedPlans;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// Ons samenplan, in the booklet's language (<see cref="SharedPlanWords"/>, "NL: …" under each heading): the toekomstbeeld, the household and who each part is about, the goals in the resident's
/// order with their colour (always with the word: groen, oranje, rood), the actions with who and when, the goals
/// reached (Gelukt), samen terugkijken (the next moment and the history), and who takes part with the vaste
/// contactpersoon. Added after the Sociale Kaart through <see cref="BookletModel.ExtraSections"/> when a shared plan
/// exists (<see cref="SharedPlanBooklet.WithSharedPlan"/>).
/// </summary>
public sealed partial class SharedPlanSection(SharedPlan plan, DateOnly today, SharedPlanWords words, BookletWords booklet) : IBookletSection
{
    private const string AnchorKey = "gezamenlijk-plan";

    public IReadOnlyList<ContentsEntry> ContentsEntries => [new(words.Title, 0, AnchorKey)];

    /// <summary>The Dutch words of a heading, for the small "NL: …" line under it; null in a Dutch booklet.</summary>
    private string? Dutch(Func<SharedPlanWords, string> pick) => ReferenceEquals(words, SharedPlanWords.Dutch) ? null : pick(SharedPlanWords.Dutch);

    public void Compose(PageFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var type = flow.Typography;
        flow.NewPage(PageStyle.Plain(words.Title));
        flow.Anchor(AnchorKey);
        flow.Text(words.Title, type.Title, Palette.Ink, BlockTag.Heading1);
        flow.DutchBeside(Dutch(w => w.Title));
        flow.Space(6);
        Heading(flow, w => w.Vision);
        var vision = BookletText.Clean(plan.Vision, SharedPlanLimits.MaxVisionLength);
        flow.Text(vision.Length > 0 ? vision : words.NotFilledInYet, type.Body, vision.Length > 0 ? Palette.Ink : Palette.Muted);
        Household(flow);

        Heading(flow, w => w.Goals);
        var overview = SharedPlanOverview.Build(plan, today);
        if (!overview.Open.Any())
        {
            flow.Text(words.AllGoalsReached, type.Body, Palette.Muted);
        }
        foreach (var item in overview.Open)
        {
            Goal(flow, item);
        }
        Reached(flow, overview);
        Evaluations(flow);

        Heading(flow, w => w.WhoTakesPart);
        foreach (var person in plan.Participants)
        {
            // A role the owner typed ("zus") is their word; otherwise the kind, in the booklet's language.
            var role = person.Role == SharedPlanFactory.OwnerRole ? words.OwnerRole
                : person.Role.Length > 0 ? person.Role : words.Kind(person.Kind);
            var organisation = person.Organisation is { } org ? $", {BookletText.Clean(org, SharedPlanLimits.MaxNameLength)}" : "";
            var line = $"{BookletText.Clean(person.Name, SharedPlanLimits.MaxNameLength)} – {BookletText.Clean(role, SharedPlanLimits.MaxNameLength)}{organisation}";
            flow.Text(person.Id == plan.ContactPersonId ? BookletWords.Format(words.ContactPerson, line) : line, type.Body, Palette.Ink);
        }
    }

    private void Goal(PageFlow flow, GoalOverview item)
    {
        var type = flow.Typography;
        var goal = item.Goal;
        flow.EnsureSpace(110);
        flow.Space(6);
        flow.Text(BookletWords.Format(words.GoalLine, item.Priority, BookletText.Clean(goal.Text, SharedPlanLimits.MaxGoalLength)), type.BodyBold, Palette.Ink, BlockTag.Heading3);
        AboutLine(flow, goal.About);
        var reason = BookletText.Clean(goal.StatusReason, SharedPlanLimits.MaxReasonLength);
        flow.Text($"{BookletWords.Format(words.ColourLine, words.Colour(goal.Status), words.Meaning(goal.Status))}{(reason.Length > 0 ? $" – {reason}" : "")}", type.Body, StatusColor(goal.Status));
        if (goal.Actions.Count == 0)
        {
            flow.Text(words.NoActions, type.Small, Palette.Muted);
        }
        foreach (var action in goal.Actions)
        {
            var who = plan.FindParticipant(action.ParticipantId)?.Name is { } name ? BookletText.Clean(name, SharedPlanLimits.MaxNameLength) : words.Nobody;
            var when = action.Due is { } due ? booklet.DateText(due) : words.NoDate;
            var state = action.Done ? words.Done : action.IsOverdue(today) ? words.Late : words.NotDone;
            flow.Text($"• {BookletWords.Format(words.ActionLine, BookletText.Clean(action.What, SharedPlanLimits.MaxActionLength), who, when, state)}", type.Body, Palette.Ink, indent: 10);
        }
    }

    private void Heading(PageFlow flow, Func<SharedPlanWords, string> pick)
    {
        flow.EnsureSpace(90);
        flow.Space(10);
        flow.Text(pick(words), flow.Typography.Heading, Palette.Ink, BlockTag.Heading2);
        flow.DutchBeside(Dutch(pick));
        flow.Space(4);
    }

    /// <summary>Dark shades of green, orange and red that pass WCAG AA as text on white; the word is always printed too.</summary>
    private static XColor StatusColor(GoalStatus status) => status switch
    {
        GoalStatus.Green => XColor.FromArgb(0x1E, 0x6B, 0x3A),
        GoalStatus.Orange => XColor.FromArgb(0x8A, 0x4B, 0x00),
        GoalStatus.Red => XColor.FromArgb(0xA4, 0x26, 0x2C),
        _ => Palette.Muted,
    };
}

/// <summary>The small hook the web app and the CLI use to add the shared plan to a booklet.</summary>
public static class SharedPlanBooklet
{
    /// <summary>The same booklet with <see cref="SharedPlanSection"/> added after the other extra sections.</summary>
    public static BookletModel WithSharedPlan(this BookletModel model, SharedPlan plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(plan);
        var section = new SharedPlanSection(plan, today, SharedPlanWords.For(model.Language), model.Words);
        return model with { ExtraSections = [.. model.ExtraSections, section] };
    }
}
