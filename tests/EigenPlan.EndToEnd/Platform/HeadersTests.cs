using System.Net;
using System.Reflection;
using EigenPlan.EndToEnd.Infrastructure;
using EigenPlan.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Platform;

/// <summary>
/// Every page of a plan or an invitation, and every download, is marked no-store, and every response carries exactly
/// one Content-Security-Policy, whose connect-src is only 'self' (the circuit's WebSocket still connects).
/// </summary>
public sealed class HeadersTests(BrowserFixture browser) : AppTest(browser)
{
    [Fact]
    public async Task EveryPlanPageAndDownload_IsNoStore_WithOnePolicy()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        var sockets = new List<IWebSocket>();
        page.WebSocket += (_, socket) => sockets.Add(socket);
        var (planUrl, _) = await StartPlanAsync(page, App);
        var planId = new Uri(planUrl).AbsolutePath.Split('/')[2];

        var paths = PrivatePageRoutes().Select(route => Fill(route, planId))
            .Concat([$"/plan/{planId}/export.json", $"/plan/{planId}/boekje.pdf"])
            .ToList();
        Assert.Contains($"/plan/{planId}/huisjes", paths);
        Assert.Contains("/samen/uitnodiging/0123456789abcdef", paths);
        foreach (var path in paths)
        {
            var response = await device.APIRequest.GetAsync(App.Url(path), new() { MaxRedirects = 0 });
            var headers = response.HeadersArray;
            Assert.True(response.Status is 200 or 302, $"{path} answered {response.Status}");
            var cacheControl = headers.Where(h => h.Name.Equals("cache-control", StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();
            Assert.True(cacheControl.Count == 1 && cacheControl[0] == "no-store", $"{path}: Cache-Control is '{string.Join(" | ", cacheControl)}'");
            AssertOnePolicy(path, headers);
        }

        // The plan page in the browser: the same headers on the document, and the circuit's WebSocket is up.
        var document = await page.GotoAsync(planUrl + "/huisjes");
        await page.WaitForInteractiveAsync();
        Assert.Equal("no-store", await document!.HeaderValueAsync("cache-control"));
        AssertOnePolicy("huisjes (browser)", await document.HeadersArrayAsync());
        Assert.Contains(sockets, s => s.Url.Contains("/_blazor", StringComparison.Ordinal) && !s.IsClosed);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "De huisjes", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task PublicPages_HaveTheSamePolicy_AndAreNotMarkedPrivate()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        foreach (var path in new[] { "/", "/verder", "/nieuw/almere", "/privacy", "/bestaat-niet" })
        {
            var response = await device.APIRequest.GetAsync(App.Url(path));
            AssertOnePolicy(path, response.HeadersArray);
            Assert.Equal("no-referrer", response.Headers["referrer-policy"]);
        }
    }

    [Fact]
    public async Task Hsts_IsSentWhenTheProxySaysHttps_AndOnlyConfiguredHostsAreServed()
    {
        await using var site = AppServer.Start(settings: new Dictionary<string, string?> { ["AllowedHosts"] = "eigenplan.example;127.0.0.1" });
        using var http = new HttpClient();

        using var viaTls = await http.SendAsync(Request(site, "eigenplan.example", "https"));
        using var plain = await http.SendAsync(Request(site, "eigenplan.example", null));
        using var otherHost = await http.SendAsync(Request(site, "evil.example", "https"));

        Assert.Equal(HttpStatusCode.OK, viaTls.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(viaTls.Headers.GetValues("Strict-Transport-Security")));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.BadRequest, otherHost.StatusCode);
    }

    private static HttpRequestMessage Request(AppServer site, string host, string? forwardedProto)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, site.Url("/verder"));
        request.Headers.Host = host;
        if (forwardedProto is not null)
        {
            // From loopback, a known proxy: believed, as from nginx.
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }
        return request;
    }

    private static void AssertOnePolicy(string path, IReadOnlyList<Header> headers)
    {
        var policies = headers.Where(h => h.Name.Equals("content-security-policy", StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();
        Assert.True(policies.Count == 1, $"{path}: {policies.Count} Content-Security-Policy headers: {string.Join(" | ", policies)}");
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, policies[0]);
        Assert.Contains("connect-src 'self';", policies[0], StringComparison.Ordinal);
        Assert.DoesNotContain("ws:", policies[0], StringComparison.Ordinal);
    }

    /// <summary>Every page route of the app under /plan and /samen, read from the components themselves.</summary>
    private static IEnumerable<string> PrivatePageRoutes() =>
        typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .Where(t => t.StartsWith("/plan/", StringComparison.Ordinal) || t.StartsWith("/samen/", StringComparison.Ordinal))
            .Distinct();

    private static string Fill(string route, string planId) => route
        .Replace("{PlanId}", planId, StringComparison.Ordinal)
        .Replace("{TopicKey}", "gezondheid.gevoel-en-gedachten", StringComparison.Ordinal)
        .Replace("{HouseId}", "gezondheid", StringComparison.Ordinal)
        .Replace("{GoalId}", "doel-1", StringComparison.Ordinal)
        .Replace("{InvitationId}", "0123456789abcdef", StringComparison.Ordinal)
        .Replace("{Token}", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", StringComparison.Ordinal);
}
