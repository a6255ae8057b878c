namespace EigenPlan.Core.Plans;

/// <summary>
/// A browser that is about to get its own key for a plan: a coarse label ("Chrome op Android", never the full
/// User-Agent) and whether it is a shared computer (library, community centre), which keeps it only briefly.
/// </summary>
public sealed record NewDevice
{
    public const int MaxLabelLength = 60;
    public const string UnknownLabel = "Onbekende browser";

    public NewDevice(string? label, bool shared)
    {
        var clean = string.Join(' ', (label ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string(word.Where(c => !char.IsControl(c)).ToArray())));
        Label = clean.Length == 0 ? UnknownLabel : clean.Length > MaxLabelLength ? clean[..MaxLabelLength] : clean;
        Shared = shared;
    }

    public string Label { get; }

    public bool Shared { get; }
}

/// <summary>One device on the plan's device list (<i>Mijn apparaten</i>).</summary>
public sealed record DeviceInfo(
    string Id,
    string Label,
    DateTime CreatedUtc,
    DateTime LastUsedUtc,
    DateTime ExpiresUtc,
    bool Shared,
    bool IsThisDevice);

/// <summary>
/// How long a device keeps working, the same for every store: a shared computer 12 hours from when it opened the plan,
/// any other device 90 days, counted again from each use. "Last used" is written at most once an hour, so opening the
/// plan is not a write each time.
/// </summary>
public static class DeviceLifetime
{
    public static readonly TimeSpan Shared = TimeSpan.FromHours(12);
    public static readonly TimeSpan Personal = TimeSpan.FromDays(90);
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromHours(1);

    /// <summary>The expiry of a device that opens now.</summary>
    public static DateTime ExpiresAt(bool shared, DateTime nowUtc) => nowUtc + (shared ? Shared : Personal);

    /// <summary>True when the device's last-used time (and, for a personal device, its expiry) should be written now.</summary>
    public static bool ShouldTouch(DateTime lastUsedUtc, DateTime nowUtc) => nowUtc - lastUsedUtc >= LastUsedResolution;

    /// <summary>The expiry after a use now: a shared device keeps its fixed expiry, a personal one starts 90 days again.</summary>
    public static DateTime Renewed(bool shared, DateTime currentExpiresUtc, DateTime nowUtc) =>
        shared ? currentExpiresUtc : ExpiresAt(false, nowUtc);
}
