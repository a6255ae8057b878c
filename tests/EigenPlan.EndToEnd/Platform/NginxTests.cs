using System.Net;
using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Platform;

/// <summary>
/// The nginx site file from <c>deploy/</c>: valid for <c>nginx -t</c>, and the app works through it over TLS — the start
/// form, then the houses page interactive over the proxied WebSocket — with one HSTS header and HTTP sent to HTTPS.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class NginxTests(BrowserFixture browser)
{
    [Fact]
    public async Task SiteFile_PassesNginxConfigurationTest()
    {
        await using var nginx = NginxServer.Prepare([new Uri("http://127.0.0.1:5000"), new Uri("http://127.0.0.1:5001")]);

        var (exitCode, output) = await nginx.TestConfigurationAsync();

        Assert.True(exitCode == 0, output);
        Assert.Contains("syntax is ok", output, StringComparison.Ordinal);
        Assert.Contains("test is successful", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThroughNginxWithTls_StartFormThenHousesPage_WorkInteractively()
    {
        await using var app = AppServer.Start();
        await using var nginx = await NginxServer.StartAsync([new Uri(app.BaseUrl)]);
        await using var device = await browser.Browser.NewContextAsync(new()
        {
            IgnoreHTTPSErrors = true,
            ViewportSize = BrowserFixture.Phone,
            Locale = "nl-NL",
        });
        device.SetDefaultTimeout(20_000);
        var page = await device.NewPageAsync();

        var home = await page.GotoAsync(nginx.HttpsUrl("/"));
        await page.WaitForInteractiveAsync();
        var hsts = (await home!.HeadersArrayAsync()).Where(h => h.Name.Equals("strict-transport-security", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal("max-age=31536000", Assert.Single(hsts).Value);
        await page.GetByRole(AriaRole.Radio, new() { Name = "Almere" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start mijn plan" }).ClickAsync();
        await page.WaitForPathAsync("/nieuw/almere$");
        await page.GetByLabel("Je naam").FillAsync("Via Nginx");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start mijn plan" }).ClickAsync();
        await page.WaitForPathAsync("/plan/[0-9A-Z]{4,}/code$");
        await page.WaitForInteractiveAsync();
        var cookie = Assert.Single(await device.CookiesAsync(), c => c.Name == "eigenplan_plan");
        Assert.True(cookie.Secure);

        await page.GotoAsync(page.Url.Replace("/code", "/huisjes", StringComparison.Ordinal));
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "De huisjes", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Geldzaken" }).ClickAsync();
        await page.WaitForPathAsync("/huisjes/geldzaken$");
        await page.GetByRole(AriaRole.Radiogroup).First.GetByRole(AriaRole.Radio).First.CheckAsync();
        await page.WaitForSavedAsync();
        await page.ScreenshotAsync("platform-03-via-nginx");

        // Plain HTTP only redirects; the access log never holds an invitation token.
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var redirect = await http.GetAsync(nginx.HttpUrl("/verder"));
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("https://127.0.0.1/verder", redirect.Headers.Location?.ToString());
        var tokenPage = await page.GotoAsync(nginx.HttpsUrl("/samen/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        Assert.Equal(200, tokenPage!.Status);
        var accessLog = await File.ReadAllTextAsync(Path.Combine(nginx.Folder, "eigenplan.access.log"));
        Assert.Contains("/samen/[uitnodigingslink]", accessLog, StringComparison.Ordinal);
        Assert.DoesNotContain("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", accessLog, StringComparison.Ordinal);
    }
}
