namespace EigenPlan.Core.Security;

/// <summary>
/// The public id of a plan: the first group of the personal code (four Crockford base32 characters).
/// It finds the plan but opens nothing; it may appear in URLs.
/// </summary>
public readonly record struct PlanId
{
    public PlanId(string value)
    {
        if (!IsCanonical(value))
        {
            throw new ArgumentException("A plan id is four Crockford base32 characters.", nameof(value));
        }
        Value = value;
    }

    public string Value { get; }

    /// <summary>Reads an id from a URL or cookie leniently (case, O→0, I/L→1); false for anything else.</summary>
    public static bool TryParse(string? text, out PlanId id)
    {
        id = default;
        if (text is null || text.Length != PersonalCode.PublicLength)
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
        value is { Length: PersonalCode.PublicLength } && value.All(c => PersonalCode.Alphabet.Contains(c, StringComparison.Ordinal));

    public override string ToString() => Value ?? "";
}
