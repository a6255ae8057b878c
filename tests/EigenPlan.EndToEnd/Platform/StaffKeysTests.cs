using EigenPlan.EndToEnd.Infrastructure;
using EigenPlan.Web.Access;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Platform;

/// <summary>Staff keys have names (the log says which one signed in), a minimum length, and a Secure, 8-hour cookie.</summary>
[Collection(BrowserGroup.Name)]
public sealed class StaffKeysTests(BrowserFixture browser)
{
    private const string AnsKey = "ans-haar-sleutel-voor-beheer-2026";
    private const string BramKey = "bram-zijn-sleutel-voor-beheer-2026";

    [Fact]
    public async Task NamedKey_SignsIn_TheLogNamesTheKey_NeverTheKey_AndTheCookieIsSecureForEightHours()
    {
        await using var app = AppServer.Start(settings: new Dictionary<string, string?>
        {
            ["Staff:Keys:ans"] = AnsKey,
            ["Staff:Keys:bram"] = BramKey,
        });
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        await page.GoAndWaitAsync(app.Url("/beheer/almere"));
        await page.GetByLabel("Toegangscode").FillAsync(BramKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open de beheerpagina" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sociale Kaart van Almere", Level = 1 })).ToBeVisibleAsync();

        var logs = string.Join('\n', app.Logs.Lines);
        Assert.Contains("Staff signed in with key bram", logs, StringComparison.Ordinal);
        Assert.DoesNotContain(BramKey, logs, StringComparison.Ordinal);
        var cookie = Assert.Single(await device.CookiesAsync(), c => c.Name == StaffPrincipal.CookieName);
        Assert.True(cookie.Secure);
        Assert.True(cookie.HttpOnly);
        var ticket = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(StaffPrincipal.Scheme)
            .TicketDataFormat.Unprotect(cookie.Value);
        Assert.NotNull(ticket);
        Assert.Equal("bram", StaffPrincipal.KeyNameOf(ticket.Principal));
        Assert.Equal(StaffPrincipal.Lifetime, ticket.Properties.ExpiresUtc - ticket.Properties.IssuedUtc);
    }

    [Fact]
    public async Task CookieOfAKeyThatWasRemoved_NoLongerOpensTheStaffPages()
    {
        var database = Path.Combine(Path.GetTempPath(), "eigenplan-e2e-" + Guid.NewGuid().ToString("N"), "plans.db");
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        await using (var before = AppServer.Start(databasePath: database, settings: new Dictionary<string, string?> { ["Staff:Keys:ans"] = AnsKey, ["Staff:Keys:bram"] = BramKey }))
        {
            var page = await device.NewPageAsync();
            await page.GoAndWaitAsync(before.Url("/beheer"));
            await page.GetByLabel("Toegangscode").FillAsync(AnsKey);
            await page.GetByRole(AriaRole.Button, new() { Name = "Open de beheerpagina" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sociale Kaarten", Level = 1 })).ToBeVisibleAsync();
            await page.CloseAsync();
        }

        // Same database folder (same cookie keys), Ans's key withdrawn: her cookie is refused, and nothing else changed.
        await using var after = AppServer.Start(databasePath: database, settings: new Dictionary<string, string?> { ["Staff:Keys:bram"] = BramKey });
        var cookie = Assert.Single(await device.CookiesAsync(), c => c.Name == StaffPrincipal.CookieName);
        await device.ClearCookiesAsync();
        await device.AddCookiesAsync([new Cookie { Name = cookie.Name, Value = cookie.Value, Url = after.BaseUrl }]);
        var refused = await device.APIRequest.GetAsync(after.Url("/beheer"), new() { MaxRedirects = 0 });
        Assert.Equal(302, refused.Status);
        Assert.StartsWith("/beheer/toegang", new Uri(new Uri(after.BaseUrl), refused.Headers["location"]).PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortKey_StopsTheStart_WithAClearMessage()
    {
        var failure = Assert.ThrowsAny<Exception>(() => AppServer.Start(settings: new Dictionary<string, string?> { ["Staff:Keys:ans"] = "kort-en-zwak" }));

        var message = failure.ToString();
        Assert.Contains("Staff:Keys:ans is 12 characters long; a staff key needs at least 24", message, StringComparison.Ordinal);
        Assert.DoesNotContain("kort-en-zwak", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaffSignIn_IsLimitedPerClient_ButTheFormPageIsNot()
    {
        await using var app = AppServer.Start(settings: new Dictionary<string, string?> { ["Staff:Keys:ans"] = AnsKey });
        using var client = new FormClient(app, forwardedFor: "198.51.100.77");
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.PostFormAsync("/beheer/toegang", "beheer-toegang", new Dictionary<string, string> { ["Form.Key"] = "fout-" + i });
            Assert.Equal(System.Net.HttpStatusCode.OK, wrong.StatusCode);
        }

        using var sixth = await client.PostFormAsync("/beheer/toegang", "beheer-toegang", new Dictionary<string, string> { ["Form.Key"] = AnsKey });

        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, sixth.StatusCode);
        Assert.Null(client.Cookie(StaffPrincipal.CookieName));
        using var form = await client.GetAsync("/beheer/toegang");
        Assert.Equal(System.Net.HttpStatusCode.OK, form.StatusCode);
    }
}
