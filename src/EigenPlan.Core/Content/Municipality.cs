namespace EigenPlan.Core.Content;

/// <summary>A municipality: which format it uses, how to reach its teams, and its Sociale Kaart.</summary>
public sealed record Municipality
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string FormatId { get; init; }
    /// <summary>True for illustrative data that the municipality still has to verify.</summary>
    public bool IsExample { get; init; }
    public required TeamContact Wijkteam { get; init; }
    public required TeamContact ClientSupport { get; init; }
    public required IReadOnlyList<SocialMapEntry> SocialMap { get; init; }

    public IEnumerable<SocialMapEntry> EntriesFor(string topicKey) => SocialMap.Where(e => e.Topics.Contains(topicKey));

    public SocialMapEntry? FindEntry(string id) => SocialMap.FirstOrDefault(e => e.Id == id);
}

/// <summary>How to reach the wijkteam or the independent client support (OCO).</summary>
public sealed record TeamContact
{
    public required string Name { get; init; }
    public string? Description { get; init; }
    public required ContactDetails Contact { get; init; }
}

/// <summary>Ways to get in touch; every field is optional.</summary>
public sealed record ContactDetails
{
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? Website { get; init; }
    public string? Address { get; init; }

    public bool IsEmpty => Phone is null && Email is null && Website is null && Address is null;
}

/// <summary>One service, volunteer group or informal help on the Sociale Kaart. Maps onto Open Referral HSDS.</summary>
public sealed record SocialMapEntry
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    /// <summary>The organisation behind the service, when it differs from the name.</summary>
    public string? Organisation { get; init; }
    public required EntryKind Kind { get; init; }
    /// <summary>Topic keys (<c>house.topic</c>) of the municipality's format.</summary>
    public required IReadOnlyList<string> Topics { get; init; }
    /// <summary>What it offers, in B1 Dutch.</summary>
    public required string Summary { get; init; }
    public required string ForWhom { get; init; }
    public required string Costs { get; init; }
    public required string HowToApply { get; init; }
    public required ContactDetails Contact { get; init; }
    public string? OpeningHours { get; init; }
    public required DateOnly LastChecked { get; init; }
}
