namespace EigenPlan.Content.Schema;

/// <summary>
/// The key names of a format file (<c>content/formats/&lt;id&gt;.yaml</c>), written once for the schema, the format
/// rules and the mapper.
/// </summary>
internal static class FormatKeys
{
    public const string Id = "id";
    public const string Name = "naam";
    public const string Questions = "vragen";
    public const string Smileys = "smileys";
    public const string Houses = "huizen";

    /// <summary>One item of <c>vragen</c>.</summary>
    public static class Question
    {
        public const string Id = FormatKeys.Id;
        public const string Role = "rol";
        public const string Parent = "hoort_bij";
        public const string Label = "label";
        public const string Hint = "hint";
    }

    /// <summary>One item of <c>smileys</c>.</summary>
    public static class Smiley
    {
        public const string Id = FormatKeys.Id;
        public const string Label = "label";
        public const string Zrm = "zrm";
    }

    /// <summary>One item of <c>huizen</c>.</summary>
    public static class House
    {
        public const string Id = FormatKeys.Id;
        public const string Title = "titel";
        public const string Color = "kleur";
        public const string Icon = "icoon";
        public const string Intro = "intro";
        public const string Topics = "onderwerpen";
    }

    /// <summary>One item of a house's <c>onderwerpen</c>.</summary>
    public static class Topic
    {
        public const string Id = FormatKeys.Id;
        public const string Title = "titel";
        public const string Essence = "kern";
        public const string Suggestions = "suggesties";
        public const string DeepeningQuestions = "verdiepende_vragen";
        public const string ZrmDomains = "zrm";
    }
}
