using Microsoft.Playwright;

namespace EigenPlan.EndToEnd.Infrastructure;

/// <summary>Helpers around a browser context ("device").</summary>
public static class DeviceExtensions
{
    /// <summary>The device's resident sign-in cookie, or null.</summary>
    public static async Task<BrowserContextCookiesResult?> PlanCookieAsync(this IBrowserContext device) =>
        (await device.CookiesAsync()).SingleOrDefault(c => c.Name == "eigenplan_plan");

    /// <summary>A new device (JavaScript on) with this device's cookies: proves what a cookie opens.</summary>
    public static async Task<IBrowserContext> CopyWithJavaScriptAsync(this BrowserFixture browser, IBrowserContext device, ViewportSize viewport)
    {
        var copy = await browser.NewDeviceAsync(viewport);
        await copy.AddCookiesAsync((await device.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name,
            Value = c.Value,
            Domain = c.Domain,
            Path = c.Path,
            Expires = c.Expires,
            HttpOnly = c.HttpOnly,
            Secure = c.Secure,
            SameSite = c.SameSite,
        }));
        return copy;
    }
}
