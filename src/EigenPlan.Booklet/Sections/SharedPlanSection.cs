using EigenPlan.Booklet.Layout;
using EigenPlan.Booklet.Model;
using EigenPlan.Booklet.Style;
using EigenPlan.Core.SharedPlans;
using PdfSharp.Drawing;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// Ons gezamenlijk plan: the toekomstbeeld, the household and who each part is about, the goals in the resident's
/// order with their colour (always with the word: groen, oranje, rood), the actions with who and when, the goals
/// reached (Gelukt), samen terugkijken (the next moment and the history), and who takes part with the vaste
/// contactpersoon. Added after the Sociale Kaart through <see cref="BookletModel.ExtraSections"/> when a shared plan
/// exists (<see cref="SharedPlanBooklet.WithSharedPlan"/>).
/// </summary>
public sealed partial class SharedPlanSection(SharedPlan plan, DateOnly today) : IBookletSection
{
    private const string AnchorKey = "gezamenlijk-plan";

    public IReadOnlyList<ContentsEntry> ContentsEntries => [new("Ons samenplan", 0, AnchorKey)];

    public void Compose(PageFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var type = flow.Typography;
        flow.NewPage(PageStyle.Plain("Ons samenplan"));
        flow.Anchor(AnchorKey);
        flow.Text("Ons samenplan", type.Title, Palette.Ink, BlockTag.Heading1);
        flow.Space(6);
        Heading(flow, "Mijn toekomstbeeld");
        var vision = BookletText.Clean(plan.Vision, SharedPlanLimits.MaxVisionLength);
        flow.Text(vision.Length > 0 ? vision : "Nog niet ingevuld.", type.Body, vision.Length > 0 ? Palette.Ink : Palette.Muted);
        Household(flow);

        Heading(flow, "Mijn doelen, het belangrijkste eerst");
        var overview = SharedPlanOverview.Build(plan, today);
        if (!overview.Open.Any())
        {
            flow.Text("Alle doelen zijn bereikt.", type.Body, Palette.Muted);
        }
        foreach (var item in overview.Open)
        {
            Goal(flow, item);
        }
        Reached(flow, overview);
        Evaluations(flow);

        Heading(flow, "Wie doen er mee?");
        foreach (var person in plan.Participants)
        {
            var role = person.Role.Length > 0 ? person.Role : person.Kind.Label();
            var organisation = person.Organisation is { } org ? $", {BookletText.Clean(org, SharedPlanLimits.MaxNameLength)}" : "";
            var contact = person.Id == plan.ContactPersonId ? " (vaste contactpersoon)" : "";
            flow.Text($"{BookletText.Clean(person.Name, SharedPlanLimits.MaxNameLength)} – {BookletText.Clean(role, SharedPlanLimits.MaxNameLength)}{organisation}{contact}",
                type.Body, Palette.Ink);
        }
    }

    private void Goal(PageFlow flow, GoalOverview item)
    {
        var type = flow.Typography;
        var goal = item.Goal;
        flow.EnsureSpace(110);
        flow.Space(6);
        flow.Text($"Doel {item.Priority}: {BookletText.Clean(goal.Text, SharedPlanLimits.MaxGoalLength)}", type.BodyBold, Palette.Ink, BlockTag.Heading3);
        AboutLine(flow, goal.About);
        var reason = BookletText.Clean(goal.StatusReason, SharedPlanLimits.MaxReasonLength);
        flow.Text($"Kleur: {goal.Status.Label()} ({goal.Status.Meaning()}){(reason.Length > 0 ? $" – {reason}" : "")}", type.Body, StatusColor(goal.Status));
        if (goal.Actions.Count == 0)
        {
            flow.Text("Nog geen acties.", type.Small, Palette.Muted);
        }
        foreach (var action in goal.Actions)
        {
            var who = plan.FindParticipant(action.ParticipantId)?.Name is { } name ? BookletText.Clean(name, SharedPlanLimits.MaxNameLength) : "nog niemand";
            var when = action.Due is { } due ? BookletText.DutchDate(due) : "geen datum";
            var state = action.Done ? "klaar" : action.IsOverdue(today) ? "te laat" : "nog niet klaar";
            flow.Text($"• {BookletText.Clean(action.What, SharedPlanLimits.MaxActionLength)} — wie: {who}, wanneer: {when}, {state}", type.Body, Palette.Ink, indent: 10);
        }
    }

    private static void Heading(PageFlow flow, string text)
    {
        flow.EnsureSpace(90);
        flow.Space(10);
        flow.Text(text, flow.Typography.Heading, Palette.Ink, BlockTag.Heading2);
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
        return model with { ExtraSections = [.. model.ExtraSections, new SharedPlanSection(plan, today)] };
    }
}
