using System.Text.RegularExpressions;
using EigenPlan.EndToEnd.Infrastructure;
using EigenPlan.Web.Access;
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
        var deviceKey = DeviceKeyIn(cookies.Single(c => c.Name == "eigenplan_plan").Value);

        var logs = string.Join('\n', App.Logs.Lines);
        Assert.NotEmpty(App.Logs.Lines);
        Assert.DoesNotContain("Hoofdpijnmarker", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("Zonnebloem", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal)[4..], logs.Replace("-", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(deviceKey, logs, StringComparison.Ordinal);

        // The cookie is out of reach of scripts and other sites, and its content is encrypted.
        var cookie = cookies.Single(c => c.Name == "eigenplan_plan");
        Assert.True(cookie.HttpOnly);
        Assert.True(cookie.Secure);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.DoesNotContain(deviceKey, cookie.Value, StringComparison.Ordinal);
    }

    /// <summary>Reads the device key out of the (data-protected) resident cookie with the app's own keys.</summary>
    private string DeviceKeyIn(string cookieValue)
    {
        var cookieOptions = App.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(ResidentPrincipal.Scheme);
        var ticket = cookieOptions.TicketDataFormat.Unprotect(cookieValue);
        Assert.NotNull(ticket);
        var deviceKey = ticket.Principal.FindFirst(ResidentPrincipal.DeviceKeyClaim)?.Value;
        Assert.False(string.IsNullOrEmpty(deviceKey));
        return deviceKey;
    }

    [Fact]
    public async Task ManyWrongCodes_AreRateLimitedWithAClearMessage()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        await page.GoAndWaitAsync(App.Url("/verder"));
        var field = page.GetByLabel("Je persoonlijke code");
        for (var i = 0; i < 6; i++)
        {
            await field.FillAsync($"QQQQ-BBBB-CCCC-DDDD-EEE{i}");
            // Each attempt is a form post; wait for its answer, or the next click would cancel it in the browser.
            await page.RunAndWaitForResponseAsync(
                () => page.GetByRole(AriaRole.Button, new() { Name = "Open mijn plan" }).ClickAsync(),
                response => response.Request.Method == "POST" && response.Url.EndsWith("/verder", StringComparison.Ordinal));
            await Expect(page.Locator("#code-fout")).ToBeVisibleAsync();
        }
        await Expect(page.Locator("#code-fout")).ToHaveTextAsync(new Regex("te vaak .* Probeer het over \\d+ minuten opnieuw"));
    }
}
