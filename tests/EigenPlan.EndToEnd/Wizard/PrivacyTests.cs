using System.Text.RegularExpressions;
using EigenPlan.EndToEnd.Infrastructure;
using EigenPlan.Web.Access;
using EigenPlan.Web.Security.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Wizard;

public sealed class PrivacyTests(BrowserFixture browser) : AppTest(browser)
{
    [Fact]
    public async Task PlanContentCodeAndKeys_NeverReachTheLogs_NorTheDatabaseFileInPlainText()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        var (planUrl, code) = await StartPlanAsync(page, App, name: "Zonnebloem Testpersoon");
        await page.GoAndWaitAsync(planUrl + "/onderwerp/gezondheid.gevoel-en-gedachten");
        await TypeAnswerAsync(page, "Hoe gaat het nu?", "Ik slik sinds kort medicijnen tegen Hoofdpijnmarker.");
        await page.WaitForSavedAsync();
        var cookies = await device.CookiesAsync();
        var deviceSecret = DeviceSecretIn(cookies.Single(c => c.Name == "eigenplan_plan").Value);

        var logs = string.Join('\n', App.Logs.Lines);
        Assert.NotEmpty(App.Logs.Lines);
        Assert.DoesNotContain("Hoofdpijnmarker", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("Zonnebloem", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal)[6..], logs.Replace("-", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(deviceSecret, logs, StringComparison.Ordinal);

        // The cookie is out of reach of scripts and other sites, and its content is encrypted.
        var cookie = cookies.Single(c => c.Name == "eigenplan_plan");
        Assert.True(cookie.HttpOnly);
        Assert.True(cookie.Secure);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.DoesNotContain(deviceSecret, cookie.Value, StringComparison.Ordinal);
        // The code the code page showed once travels in its own short-lived, encrypted cookie, never in plain form.
        Assert.All(cookies, c => Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal)[6..], c.Value, StringComparison.Ordinal));
    }

    /// <summary>Reads this device's secret out of the (data-protected) resident cookie with the app's own keys.</summary>
    private string DeviceSecretIn(string cookieValue)
    {
        var cookieOptions = App.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(ResidentPrincipal.Scheme);
        var ticket = cookieOptions.TicketDataFormat.Unprotect(cookieValue);
        Assert.NotNull(ticket);
        var secret = ticket.Principal.FindFirst(ResidentPrincipal.DeviceSecretClaim)?.Value;
        Assert.False(string.IsNullOrEmpty(secret));
        return secret;
    }

    /// <summary>The <c>code</c> policy's default: code checks per client per 15 minutes.</summary>
    private static readonly int CodeChecksPerClient = new RateLimitSettings().Code.PerClient.Permits;

    [Fact]
    public async Task ManyWrongCodes_AreRateLimitedWithAClearMessage()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        await page.GoAndWaitAsync(App.Url("/verder"));
        var field = page.GetByLabel("Je persoonlijke code");
        // Ten code checks per client per 15 minutes; the eleventh is refused before any key derivation (by the
        // rate-limiting middleware, with its own page). (Each attempt names another plan id, so the short wait after
        // five wrong codes for one id does not come into it.)
        for (var i = 0; i < CodeChecksPerClient + 1; i++)
        {
            await field.FillAsync($"QQQQ-{"ABCDEFGHJKMNPQRS"[i]}BBB-CCCC-DDDD-EEEE");
            // Each attempt is a form post; wait for its answer, or the next click would cancel it in the browser.
            var answer = await page.RunAndWaitForResponseAsync(
                () => page.GetByRole(AriaRole.Button, new() { Name = "Open mijn plan" }).ClickAsync(),
                response => response.Request.Method == "POST" && response.Url.EndsWith("/verder", StringComparison.Ordinal));
            if (i < CodeChecksPerClient)
            {
                await Expect(page.Locator("#code-fout")).ToBeVisibleAsync();
            }
            else
            {
                Assert.Equal(429, answer.Status);
            }
        }
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(new Regex("te vaak .* Probeer het over (1 minuut|\\d+ minuten) opnieuw"));
    }
}
