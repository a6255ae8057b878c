using System.Security.Cryptography;
using System.Text;

namespace EigenPlan.Core.Security;

/// <summary>
/// The code a resident writes down to reopen their plan: 20 Crockford base32 characters shown as five groups of four
/// (<c>K7P2-9XQM-…</c>). The first six characters are the public part that finds the plan (the <see cref="PlanId"/>,
/// 30 bits); the other fourteen are the secret part (70 bits) from which the code key is derived. The code itself is
/// never stored: it is shown once, when the plan is made (or a new code is made).
/// </summary>
public sealed class PersonalCode : IEquatable<PersonalCode>
{
    /// <summary>Crockford's base32: digits and capitals without I, L, O and U, so the code cannot be misread.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int Length = 20;
    public const int PublicLength = PlanId.Length;
    public const int SecretLength = Length - PublicLength;
    /// <summary>Five bits per character.</summary>
    public const int SecretBits = SecretLength * 5;

    private readonly string _value;

    private PersonalCode(string canonical) => _value = canonical;

    /// <summary>The public part: the plan's id.</summary>
    public PlanId PlanId => new(_value[..PublicLength]);

    /// <summary>The 14 secret characters, canonical (upper case, no dashes). Feed to the key derivation only.</summary>
    public string SecretPart => _value[PublicLength..];

    /// <summary>A new random code. Every character is uniform over 32 symbols, so the secret part holds 70 bits.</summary>
    public static PersonalCode Generate() => new(new string(RandomNumberGenerator.GetItems<char>(Alphabet, Length)));

    /// <summary>A new random code whose public part is <paramref name="planId"/> (used when the store picks a free id).</summary>
    public static PersonalCode Generate(PlanId planId) =>
        new(planId.Value + new string(RandomNumberGenerator.GetItems<char>(Alphabet, SecretLength)));

    /// <summary>
    /// Reads a typed code leniently: case does not matter, spaces and dashes are ignored, O is read as 0 and I/L as 1.
    /// Never throws; a malformed code gives a result with a Dutch message.
    /// </summary>
    public static PersonalCodeParseResult Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return PersonalCodeParseResult.Fail(PersonalCodeProblem.Empty, "Vul je persoonlijke code in.");
        }
        if (text.Length > 100)
        {
            return PersonalCodeParseResult.Fail(PersonalCodeProblem.TooLong, "Deze code is te lang. Een code heeft 20 tekens.");
        }
        var builder = new StringBuilder(Length);
        foreach (var raw in text)
        {
            if (raw is ' ' or '-' or '\t' or '\u00A0' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014')
            {
                continue;
            }
            var c = Normalize(raw);
            if (c is null)
            {
                return PersonalCodeParseResult.Fail(PersonalCodeProblem.BadCharacter,
                    $"Het teken '{raw}' hoort niet in een code. Een code heeft alleen cijfers en letters.", raw.ToString());
            }
            builder.Append(c.Value);
        }
        if (builder.Length != Length)
        {
            return PersonalCodeParseResult.Fail(PersonalCodeProblem.WrongLength,
                $"Een code heeft 20 tekens. Je hebt er {builder.Length} ingevuld.", builder.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return PersonalCodeParseResult.Ok(new PersonalCode(builder.ToString()));
    }

    private static char? Normalize(char raw)
    {
        var c = char.ToUpperInvariant(raw);
        c = c switch
        {
            'O' => '0',
            'I' or 'L' => '1',
            _ => c,
        };
        return Alphabet.Contains(c, StringComparison.Ordinal) ? c : null;
    }

    /// <summary>The code as shown to the resident: five groups of four joined by dashes.</summary>
    public override string ToString() => string.Join('-', Enumerable.Range(0, 5).Select(i => _value.Substring(i * 4, 4)));

    public bool Equals(PersonalCode? other) => other is not null && other._value == _value;

    public override bool Equals(object? obj) => Equals(obj as PersonalCode);

    public override int GetHashCode() => _value.GetHashCode(StringComparison.Ordinal);
}

/// <summary>What is wrong with a typed code, for a caller that says it in another language than the Dutch message.</summary>
public enum PersonalCodeProblem
{
    None,
    Empty,
    TooLong,
    /// <summary>A character that is not in a code; <see cref="PersonalCodeParseResult.Detail"/> is that character.</summary>
    BadCharacter,
    /// <summary>Not 20 characters; <see cref="PersonalCodeParseResult.Detail"/> is how many there were.</summary>
    WrongLength,
}

/// <summary>The outcome of reading a typed code: the code, or a Dutch message saying what is wrong.</summary>
public sealed record PersonalCodeParseResult
{
    public PersonalCode? Code { get; private init; }
    public string? Message { get; private init; }
    public PersonalCodeProblem Problem { get; private init; }
    /// <summary>The character or the count the message names, when it names one.</summary>
    public string? Detail { get; private init; }
    public bool Succeeded => Code is not null;

    internal static PersonalCodeParseResult Ok(PersonalCode code) => new() { Code = code };

    internal static PersonalCodeParseResult Fail(PersonalCodeProblem problem, string message, string? detail = null) =>
        new() { Problem = problem, Message = message, Detail = detail };
}
