namespace EigenPlan.Core.Notifications;

/// <summary>
/// When one person's next e-mail is due: a digest, not a stream. One e-mail covers everything that happened before it.
/// <list type="bullet">
/// <item><b>Red</b> — at once, but never within <see cref="UrgentGap"/> (one hour) of the previous e-mail.</item>
/// <item><b>Anything else</b> — <see cref="GatherDelay"/> (ten minutes) after the first change, so a burst of changes
/// becomes one e-mail, and never within <see cref="DigestGap"/> (a day) of the previous e-mail.</item>
/// </list>
/// So a person gets at most one e-mail a day, unless something turned red; and even then at most one an hour. Pure
/// values: the store keeps them per person and asks again after each change and each e-mail.
/// </summary>
/// <param name="PendingSinceUtc">The first change not yet covered by an e-mail; null when nothing waits.</param>
/// <param name="UrgentSinceUtc">The first red change not yet covered by an e-mail; null when none.</param>
/// <param name="LastChangeUtc">The newest change (to see what came in while an e-mail was being sent).</param>
/// <param name="LastSentUtc">When the last e-mail went out; null before the first.</param>
public sealed record NotificationSchedule(DateTime? PendingSinceUtc, DateTime? UrgentSinceUtc, DateTime? LastChangeUtc, DateTime? LastSentUtc)
{
    public static readonly TimeSpan GatherDelay = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan DigestGap = TimeSpan.FromDays(1);
    public static readonly TimeSpan UrgentGap = TimeSpan.FromHours(1);

    /// <summary>Nothing waiting, nothing sent yet.</summary>
    public static readonly NotificationSchedule Empty = new(null, null, null, null);

    /// <summary>When the next e-mail is due with the standard timing; null when nothing waits.</summary>
    public DateTime? DueUtc => DueAt(NotificationTiming.Standard);

    /// <summary>When the next e-mail is due with <paramref name="timing"/>; null when nothing waits.</summary>
    public DateTime? DueAt(NotificationTiming timing)
    {
        ArgumentNullException.ThrowIfNull(timing);
        DateTime? normal = PendingSinceUtc is { } since ? Later(since + timing.GatherDelay, LastSentUtc + timing.DigestGap) : null;
        DateTime? urgent = UrgentSinceUtc is { } red ? Later(red, LastSentUtc + timing.UrgentGap) : null;
        return (normal, urgent) switch
        {
            (null, null) => null,
            ({ } n, null) => n,
            (null, { } u) => u,
            ({ } n, { } u) => n < u ? n : u,
        };
    }

    /// <summary>After a change that concerns this person.</summary>
    public NotificationSchedule WithChange(bool turnedRed, DateTime nowUtc) => this with
    {
        PendingSinceUtc = PendingSinceUtc ?? nowUtc,
        UrgentSinceUtc = turnedRed ? UrgentSinceUtc ?? nowUtc : UrgentSinceUtc,
        LastChangeUtc = nowUtc,
    };

    /// <summary>
    /// After an e-mail went out at <paramref name="sentUtc"/> that was claimed at <paramref name="claimedUtc"/>: what
    /// came before the claim is covered; a change that came in while sending waits for the next one.
    /// </summary>
    public NotificationSchedule AfterSent(DateTime claimedUtc, DateTime sentUtc)
    {
        var cameLater = LastChangeUtc is { } last && last > claimedUtc;
        return new NotificationSchedule(
            cameLater ? LastChangeUtc : null,
            cameLater && UrgentSinceUtc is { } red && red > claimedUtc ? red : null,
            LastChangeUtc,
            sentUtc);
    }

    private static DateTime Later(DateTime a, DateTime? b) => b is { } x && x > a ? x : a;
}

/// <summary>
/// The three waits of <see cref="NotificationSchedule"/>. <see cref="Standard"/> is what residents are promised (one
/// e-mail a day); a test server may shorten the gather delay so an e-mail arrives within seconds.
/// </summary>
public sealed record NotificationTiming(TimeSpan GatherDelay, TimeSpan DigestGap, TimeSpan UrgentGap)
{
    public static readonly NotificationTiming Standard =
        new(NotificationSchedule.GatherDelay, NotificationSchedule.DigestGap, NotificationSchedule.UrgentGap);
}
