namespace EigenPlan.Core.Content;

/// <summary>
/// How a resident hands in their eigen plan at their municipality (<c>inleveren</c> in the municipality file). Every
/// way is optional; the content check makes sure at least one is there when the group is. Addresses on example.nl and
/// the like are sample data: see <see cref="ContactRules.IsPlaceholder"/> before showing one as a link.
/// </summary>
public sealed record HandInDetails
{
    /// <summary>The e-mail address to send the plan to.</summary>
    public string? Email { get; init; }

    /// <summary>The postal address, on one line (e.g. "Gemeente Almere, Postbus 200, 1300 AE Almere").</summary>
    public string? PostalAddress { get; init; }

    /// <summary>A web page (always https) where the plan can be uploaded.</summary>
    public string? UploadPage { get; init; }

    /// <summary>A phone number to ask about handing in.</summary>
    public string? Phone { get; init; }

    /// <summary>
    /// A short plain text about when: before or after the <i>melding</i> (the request for help). The municipality must
    /// give the resident the chance to hand in a plan; this text says how that works there.
    /// </summary>
    public string? When { get; init; }

    /// <summary>True when no way to hand in is filled in (only <see cref="When"/> or nothing).</summary>
    public bool HasNoWay => Email is null && PostalAddress is null && UploadPage is null && Phone is null;
}
