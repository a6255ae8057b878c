using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;

namespace EigenPlan.Web.State;

/// <summary>
/// The cookie that lets this browser reopen its plan without retyping the code: the plan id and this device's own
/// credential (device id and secret; never the code). HttpOnly so scripts cannot read it, SameSite=Strict so other sites cannot use it.
/// </summary>
public static class DeviceCookie
{
    public const string Name = "eigenplan_plan";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(90);

    public static (string PlanId, string Device)? Read(HttpContext? context)
    {
        var value = context?.Request.Cookies[Name];
        if (string.IsNullOrEmpty(value) || value.Length > 400)
        {
            return null;
        }
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        return dot <= 0 || dot == value.Length - 1 ? null : (value[..dot], value[(dot + 1)..]);
    }

    /// <summary>
    /// Opens the plan with this browser's device key; null when the cookie is missing, forged or for another plan.
    /// Used by the circuit and by plain HTTP requests (downloads) alike.
    /// </summary>
    public static async Task<PlanSession?> OpenPlanAsync(HttpContext? context, string planId, IPlanStore store)
    {
        if (Read(context) is not { } cookie || !string.Equals(cookie.PlanId, planId, StringComparison.Ordinal))
        {
            return null;
        }
        var parts = cookie.Device.Split('.');
        return parts.Length == 2 && DeviceCredential.TryParse(planId, parts[0], parts[1], out var credential)
            ? await store.OpenWithDeviceAsync(credential!)
            : null;
    }

    /// <summary>The device part of the cookie (and of a ticket): device id and secret.</summary>
    public static string DevicePart(DeviceCredential device) => $"{device.DeviceId}.{device.Secret}";

    public static void Write(HttpResponse response, string planId, string device) =>
        response.Cookies.Append(Name, $"{planId}.{device}", CookieSettings());

    public static void Delete(HttpResponse response) => response.Cookies.Delete(Name, CookieSettings());

    private static CookieOptions CookieSettings() => new()
    {
        HttpOnly = true,
        // Browsers treat http://127.0.0.1 and localhost as secure contexts and accept Secure cookies there;
        // anywhere else the app must run behind HTTPS.
        Secure = true,
        SameSite = SameSiteMode.Strict,
        Path = "/",
        IsEssential = true,
        MaxAge = Lifetime,
    };
}
