using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using EigenPlan.Core.Security;

namespace EigenPlan.Web.State;

/// <summary>
/// Hands the plan opened while a plan page was prerendered to the circuit that page starts a moment later, so the first
/// response already shows the plan and one page load still opens (and logs) it once. The page carries only a random
/// token (in its data-protected persisted component state); the circuit takes the plan once, and only when its own
/// sign-in is the same device of the same plan. Unclaimed plans (no script, a bot, another instance) are dropped after
/// <see cref="Lifetime"/>; at most <see cref="MaxKept"/> wait at a time, beyond that the circuit simply opens the plan again.
/// </summary>
public sealed class PrerenderedPlans(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    public const int MaxKept = 1_000;

    private readonly ConcurrentDictionary<string, Kept> _kept = new(StringComparer.Ordinal);
    private long _nextSweep;

    /// <summary>Keeps the plan for the circuit; the token to persist in the page, or null when full.</summary>
    public string? Keep(OpenedPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var now = time.GetUtcNow();
        Sweep(now);
        if (_kept.Count >= MaxKept)
        {
            return null;
        }
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        _kept[token] = new Kept(plan, now + Lifetime);
        return token;
    }

    /// <summary>The plan kept under <paramref name="token"/>, once, if it was opened by this very device.</summary>
    public OpenedPlan? Take(string? token, DeviceCredential device)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (token is null || !_kept.TryRemove(token, out var kept) || kept.ExpiresUtc <= time.GetUtcNow())
        {
            return null;
        }
        var session = kept.Plan.Session;
        return session.PlanId == device.PlanId && session.DeviceId == device.DeviceId ? kept.Plan : null;
    }

    private void Sweep(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweep);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweep, (now + Lifetime).UtcTicks, due) != due)
        {
            return;
        }
        foreach (var (token, kept) in _kept)
        {
            if (kept.ExpiresUtc <= now)
            {
                _kept.TryRemove(token, out _);
            }
        }
    }

    private sealed record Kept(OpenedPlan Plan, DateTimeOffset ExpiresUtc);
}
