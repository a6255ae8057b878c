namespace EigenPlan.Web.Security.Circuits;

/// <summary>
/// Configuration section <c>Circuits</c>. Every open browser tab holds a live circuit (memory on the server), so one
/// client address may hold at most <see cref="MaxPerClient"/> at once; a household or office behind one address with
/// twenty tabs open is still fine.
/// </summary>
public sealed class CircuitSettings
{
    public const string SectionName = "Circuits";

    /// <summary><c>Circuits__MaxPerClient</c>: live circuits per client address (default 20).</summary>
    public int MaxPerClient { get; set; } = 20;

    public string? Problem() => MaxPerClient < 1 ? "Circuits:MaxPerClient must be at least 1." : null;
}
