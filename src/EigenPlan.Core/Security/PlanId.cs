using System.Security.Cryptography;

namespace EigenPlan.Core.Security;

/// <summary>
/// The public id of a plan: the first six characters of the personal code (Crockford base32, 30 bits). It finds the
/// plan but opens nothing; it may appear in URLs. Ids are random and never handed out twice (a deleted plan keeps its
/// id as a tombstone).
/// </summary>
public readonly record struct PlanId
{
    public const int Length = 6;
    /// <summary>Five bits per character.</summary>
    public const int Bits = Length * 5;

    public PlanId(string value)
    {
        if (!IsCanonical(value))
        {
            throw new ArgumentException($"A plan id is {Length} Crockford base32 characters.", nameof(value));
        }
        Value = value;
    }

    public string Value { get; }

    /// <summary>A new random id; the store checks it is free (also among deleted plans) before using it.</summary>
    public static PlanId Generate() => new(new string(RandomNumberGenerator.GetItems<char>(PersonalCode.Alphabet, Length)));

    /// <summary>Reads an id from a URL or cookie leniently (case, O→0, I/L→1); false for anything else.</summary>
    public static bool TryParse(string? text, out PlanId id)
    {
        id = default;
        if (text is null || text.Length != Length)
        {
            return false;
        }
        var chars = text.ToUpperInvariant().Replace('O', '0').Replace('I', '1').Replace('L', '1');
        if (!IsCanonical(chars))
        {
            return false;
        }
        id = new PlanId(chars);
        return true;
    }

    private static bool IsCanonical(string? value) =>
        value is { Length: Length } && value.All(c => PersonalCode.Alphabet.Contains(c, StringComparison.Ordinal));

    public override string ToString() => Value ?? "";
}
