using System.Globalization;
using System.Text.RegularExpressions;
using EigenPlan.Content.Problems;

namespace EigenPlan.Content.Schema;

/// <summary>
/// A shape a text value must have (id, colour, e-mail, phone, web address, date). Each shape has one regular
/// expression that both the checker and the JSON Schema use, plus any check a pattern cannot express.
/// </summary>
internal abstract class TextFormat(string pattern)
{
    // Linear time whatever a file holds, so no match timeout is needed: a timeout counts wall-clock time and fired on
    // a busy machine while loading 342 files in parallel, turning a good file into an error.
    private readonly Regex _regex = new(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking);

    /// <summary>The pattern, valid in both .NET and ECMAScript (for JSON Schema).</summary>
    public string Pattern { get; } = pattern;

    /// <summary>A JSON Schema <c>format</c> keyword, where one fits.</summary>
    public virtual string? JsonFormat => null;

    /// <summary>Returns a Dutch message when the value is wrong, otherwise null.</summary>
    public string? Check(string value, DateOnly today) =>
        MatchesWhole(value) ? CheckMore(value, today) : Mismatch(value);

    /// <summary>
    /// The pattern matches the whole value, as in ECMAScript: a .NET <c>$</c> also matches before a final line break,
    /// which would let "almere\n" pass here and fail in an editor.
    /// </summary>
    private bool MatchesWhole(string value) => _regex.Match(value) is { Success: true, Index: 0 } match && match.Length == value.Length;

    protected abstract string Mismatch(string value);

    protected virtual string? CheckMore(string value, DateOnly today) => null;

    public static readonly TextFormat Id = new IdFormat();
    public static readonly TextFormat TopicKey = new TopicKeyFormat();
    public static readonly TextFormat Color = new ColorFormat();
    public static readonly TextFormat Email = new EmailFormat();
    public static readonly TextFormat Phone = new PhoneFormat();
    public static readonly TextFormat Url = new UrlFormat();
    public static readonly TextFormat HttpsUrl = new HttpsUrlFormat();
    public static readonly TextFormat Date = new DateFormat();

    private sealed class IdFormat() : TextFormat("^[a-z0-9]+(-[a-z0-9]+)*$")
    {
        protected override string Mismatch(string value) =>
            $"'{value}' is geen geldig id. Gebruik alleen kleine letters, cijfers en '-', bijvoorbeeld 'vrije-tijd'.";
    }

    private sealed class TopicKeyFormat() : TextFormat("^[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$")
    {
        protected override string Mismatch(string value) =>
            $"'{value}' is geen geldig onderwerp. Schrijf het als huis.onderwerp, bijvoorbeeld 'geldzaken.inkomen'.";
    }

    private sealed class ColorFormat() : TextFormat("^#[0-9A-Fa-f]{6}$")
    {
        protected override string Mismatch(string value) =>
            $"'{value}' is geen geldige kleur. Schrijf een kleur als #RRGGBB, bijvoorbeeld \"#1F5F7A\" (met aanhalingstekens).";

        protected override string? CheckMore(string value, DateOnly today)
        {
            var ratio = Contrast.WithWhite(value);
            return ratio >= Contrast.Minimum
                ? null
                : $"Witte tekst op kleur {value} is slecht te lezen: het contrast is {DutchText.Decimal(ratio, "0.00")} : 1 en moet minstens 4,5 : 1 zijn. Kies een donkerdere kleur.";
        }
    }

    // Pages and the booklet put the address straight after "mailto:". RFC 5322 allows ? & % # , ; in an address, but
    // in a mailto: link they start a query (?bcc=…&body=…), an escape or a fragment, or add a second recipient: a
    // hostile or careless file could then send a resident's mail elsewhere. Real Dutch addresses never need them.
    private const string NotInEmail = "@?&%#<>\",;:()\\[\\]\\\\/" + Whitespace.Characters;

    private sealed class EmailFormat() : TextFormat("^[^" + NotInEmail + "]+@[^" + NotInEmail + "]+\\.[^" + NotInEmail + "]+$")
    {
        public override string JsonFormat => "email";

        protected override string Mismatch(string value) =>
            $"'{value}' is geen geldig e-mailadres. Een e-mailadres ziet eruit als naam@voorbeeld.nl.";
    }

    private sealed class PhoneFormat() : TextFormat(@"^(0( ?-? ?[0-9]){9}|\+31( ?-? ?[0-9]){9}|14 ?0[0-9]{2,3}|0[89]00( ?-? ?[0-9]){4,7})$")
    {
        protected override string Mismatch(string value) =>
            $"'{value}' is geen geldig telefoonnummer. Gebruik 10 cijfers die beginnen met 0 (zoals 036 123 45 67), 14 met het netnummer (zoals 14 036), of een 0800- of 0900-nummer.";
    }

    private sealed class UrlFormat() : TextFormat("^https?://[^/?#" + Whitespace.Characters + "]+\\.[^/?#" + Whitespace.Characters + "]+([/?#][^" + Whitespace.Characters + "]*)?$")
    {
        public override string JsonFormat => "uri";

        protected override string Mismatch(string value) =>
            $"'{value}' is geen geldig webadres. Een webadres begint met https:// of http://, bijvoorbeeld https://www.almere.nl.";

        protected override string? CheckMore(string value, DateOnly today) =>
            Uri.TryCreate(value, UriKind.Absolute, out _) ? null : Mismatch(value);
    }

    /// <summary>A web address that must use https: a page where residents upload their plan.</summary>
    private sealed class HttpsUrlFormat() : TextFormat(@"^https://[^\s/?#]+\.[^\s/?#]+([/?#][^\s]*)?$")
    {
        public override string JsonFormat => "uri";

        protected override string Mismatch(string value) =>
            $"'{value}' is geen geldig veilig webadres. Dit adres moet beginnen met https://, bijvoorbeeld https://www.almere.nl/eigen-plan.";

        protected override string? CheckMore(string value, DateOnly today) =>
            Uri.TryCreate(value, UriKind.Absolute, out _) ? null : Mismatch(value);
    }

    private sealed class DateFormat() : TextFormat("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
    {
        public override string JsonFormat => "date";

        protected override string Mismatch(string value) =>
            $"'{value}' is geen geldige datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-09-01.";

        protected override string? CheckMore(string value, DateOnly today)
        {
            if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Mismatch(value);
            }

            return date > today ? $"De datum {value} ligt in de toekomst. Vul de datum in waarop je het echt hebt gecontroleerd." : null;
        }
    }
}
