namespace EigenPlan.Content.Schema;

/// <summary>
/// The key names of an uitlegboekje file (<c>content/uitleg/&lt;format&gt;.yaml</c>), written once for the schema, the
/// rules and the mapper.
/// </summary>
internal static class ExplanationKeys
{
    public const string Format = "formaat";
    public const string Explanation = "uitleg";
    public const string Residents = "personen";

    /// <summary>The <c>uitleg</c> group.</summary>
    public static class Texts
    {
        public const string Intro = "inleiding";
        public const string Houses = "huisjes";
        public const string Questions = "vragen";
    }

    /// <summary>One item of <c>personen</c>.</summary>
    public static class Resident
    {
        public const string Id = "id";
        public const string Name = "naam";
        public const string About = "over";
        public const string Houses = "huisjes";
        public const string Smileys = "smileys";
        public const string Topics = "onderwerpen";
    }

    /// <summary>A resident's notes on one house.</summary>
    public static class HouseNotes
    {
        public const string GoingWell = "goed";
        public const string NotGoingWell = "niet_goed";
    }
}
