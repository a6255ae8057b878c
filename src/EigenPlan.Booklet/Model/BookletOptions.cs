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
