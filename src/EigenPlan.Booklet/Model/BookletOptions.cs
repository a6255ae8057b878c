using EigenPlan.Core.Languages;

namespace EigenPlan.Booklet.Model;

/// <summary>How a booklet is produced, apart from its content.</summary>
public sealed record BookletOptions
{
    /// <summary>The clock for the creation date (and the cover date of a blank booklet). Tests pass a fixed one.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// When set, the PDF's document id is derived from this value instead of a random one, so the same model
    /// gives byte-identical files (together with a fixed <see cref="Clock"/>).
    /// </summary>
    public string? FixedDocumentId { get; init; }

    /// <summary>
    /// The language of the booklet's own words (cover, titles, footers: <see cref="BookletWords"/>); null takes the
    /// format's <see cref="Core.Content.Format.Language"/>. Set it to the plan's language, so the booklet speaks it even
    /// where the format has no translation yet (the format's words then stay Dutch).
    /// </summary>
    public PlanLanguage? Language { get; init; }

    /// <summary>
    /// The web address of the site the booklet comes from (e.g. <c>https://eigenplan.almere.nl</c>), so the last page can
    /// print full addresses such as the page for client supporters. Anything but an absolute http(s) address is ignored;
    /// without it the last page says where to look in words.
    /// </summary>
    public string? SiteAddress
    {
        get => siteAddress;
        init => siteAddress = Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
                ? uri.GetLeftPart(UriPartial.Path).TrimEnd('/')
                : null;
    }

    private readonly string? siteAddress;

    /// <summary>Options that give the same bytes for the same model: a fixed date and a fixed document id.</summary>
    public static BookletOptions Deterministic(DateTimeOffset at) => new()
    {
        Clock = new FixedClock(at),
        FixedDocumentId = "eigenplan-booklet",
    };

    private sealed class FixedClock(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at.ToUniversalTime();

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
