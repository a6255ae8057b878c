using EigenPlan.Core.Content;

namespace EigenPlan.TestSupport;

/// <summary>The questions and smileys of the real format "basis", for the formats that tests build in code.</summary>
public static class FormatParts
{
    public static IReadOnlyList<Question> Questions { get; } =
    [
        Question("nu", QuestionRole.Current, "Hoe gaat het nu?"),
        Question("wil", QuestionRole.Wish, "Wat wil ik?"),
        Question("bereiken", QuestionRole.Approach, "Hoe wil ik dit bereiken?", parent: "wil"),
        Question("zelf", QuestionRole.OwnStrength, "Wat doe en kan ik zelf al?"),
        Question("netwerk", QuestionRole.Network, "Wie uit mijn omgeving zou mij hierbij kunnen helpen?", parent: "zelf"),
        Question("nodig", QuestionRole.Need, "Wat heb ik nog nodig?"),
    ];

    public static IReadOnlyList<Smiley> Smileys { get; } =
    [
        new Smiley { Id = "heel-slecht", Label = "Gaat heel slecht", ZrmLevel = 1 },
        new Smiley { Id = "slecht", Label = "Gaat slecht", ZrmLevel = 2 },
        new Smiley { Id = "gaat-wel", Label = "Gaat wel", ZrmLevel = 3 },
        new Smiley { Id = "goed", Label = "Gaat goed", ZrmLevel = 4 },
        new Smiley { Id = "heel-goed", Label = "Gaat heel goed", ZrmLevel = 5 },
        new Smiley { Id = "nvt", Label = "Niet van toepassing" },
    ];

    private static Question Question(string id, QuestionRole role, string label, string? parent = null) =>
        new() { Id = id, Role = role, Label = label, Hint = "Vertel in je eigen woorden.", ParentId = parent };
}
