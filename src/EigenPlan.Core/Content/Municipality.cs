namespace EigenPlan.Core.Content;

/// <summary>A municipality: which format it uses, how to reach its teams, and its Sociale Kaart.</summary>
public sealed record Municipality
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string FormatId { get; init; }
    /// <summary>
    /// True for illustrative data the municipality still has to verify (<c>voorbeeld: true</c>): pages and the booklet
    /// say so in a banner ("Voorbeeldgegevens — nog niet gecontroleerd door de gemeente").
    /// </summary>
    public bool IsSample { get; init; }

    /// <summary>
    /// The older name of <see cref="IsSample"/>, kept so code written against it (the HSDS import and export) still
    /// compiles; both read and write the same value. Use <see cref="IsSample"/> in new code.
    /// </summary>
    public bool IsExample { get => IsSample; init => IsSample = value; }

    /// <summary>
    /// True for the template that shows municipalities how to write their file (<c>sjabloon: true</c>, Voorbeeldstad):
    /// never offered to residents, but still checked like any other file.
    /// </summary>
    public bool IsTemplate { get; init; }

    /// <summary>How a resident hands in their plan (<c>inleveren</c>); null when the file does not say.</summary>
    public HandInDetails? HandIn { get; init; }
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
