using System.Net;
using EigenPlan.EndToEnd.Infrastructure;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;

namespace EigenPlan.EndToEnd.Platform;

/// <summary>
/// Issue 11, finding 1, over real HTTP: forged sign-in cookies and wrong codes from a stranger never lock the owner out
/// of their cookie or their code, and the answers never tell whether a plan id exists.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class OwnerLockoutTests(BrowserFixture browser) : IAsyncLifetime
{
    private AppServer app = default!;

    public Task InitializeAsync()
    {
        app = AppServer.Start(settings: new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task ForgedCookiesOnExport_NeverLockTheOwnersCookieOrCode()
    {
        await using var phone = await browser.NewDeviceAsync(BrowserFixture.Phone);
        var (planUrl, code) = await StartPlanAsync(await phone.NewPageAsync(), app);
        var exportPath = new Uri(planUrl).AbsolutePath + "/export.json";
        var planId = new Uri(planUrl).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[1];

        using var stranger = new FormClient(app, forwardedFor: "203.0.113.66");
        var host = new Uri(app.BaseUrl).Host;
        foreach (var forged in new[] { $"{planId}.{Guid.NewGuid():N}", "CfDJ8" + new string('A', 200), planId, "" })
        {
            stranger.Cookies.Add(new Cookie("eigenplan_plan", forged, "/", host));
            for (var i = 0; i < 6; i++)
            {
                using var refused = await stranger.GetAsync(exportPath);
                Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
            }
        }

        // The owner's own device still downloads the plan with its cookie ...
        var ownerCookie = await phone.PlanCookieAsync();
        Assert.NotNull(ownerCookie);
        using var owner = new FormClient(app, forwardedFor: "198.51.100.7");
        owner.Cookies.Add(new Cookie(ownerCookie.Name, ownerCookie.Value, "/", host));
        using (var export = await owner.GetAsync(exportPath))
        {
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            Assert.Contains("\"eigenplan-export\"", await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // ... and the code still opens it on a new device.
        using var laptop = new FormClient(app, forwardedFor: "198.51.100.8");
        using var opened = await laptop.PostFormAsync("/verder", "verder", new Dictionary<string, string> { ["Form.Code"] = code });
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.NotNull(laptop.Cookie("eigenplan_plan"));
    }

    [Fact]
    public async Task WrongCode_ForAnExistingIdAndForAnUnknownId_GetTheSameAnswer()
    {
        await using var phone = await browser.NewDeviceAsync(BrowserFixture.Phone);
        var (_, code) = await StartPlanAsync(await phone.NewPageAsync(), app);
        var plain = code.Replace("-", "", StringComparison.Ordinal);
        var existingIdWrongSecret = Dashed(plain[..^1] + (plain[^1] == '2' ? '3' : '2'));
        var unknownId = Dashed((plain[0] == '2' ? '3' : '2') + plain[1..]);

        using var guesser = new FormClient(app, forwardedFor: "192.0.2.99");
        var (statusA, bodyA) = await PostCodeAsync(guesser, existingIdWrongSecret);
        var (statusB, bodyB) = await PostCodeAsync(guesser, unknownId);

        Assert.Equal(HttpStatusCode.OK, statusA);
        Assert.Equal(statusA, statusB);
        Assert.Contains("Deze code klopt niet", bodyA, StringComparison.Ordinal);
        Assert.Equal(Alert(bodyA), Alert(bodyB));
        Assert.Null(guesser.Cookie("eigenplan_plan"));
    }

    private static async Task<(HttpStatusCode Status, string Body)> PostCodeAsync(FormClient client, string code)
    {
        using var response = await client.PostFormAsync("/verder", "verder", new Dictionary<string, string> { ["Form.Code"] = code });
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Dashed(string plain) => string.Join('-', plain.Chunk(4).Select(c => new string(c)));

    /// <summary>The error summary's text: the part of the page that answers the form.</summary>
    private static string Alert(string html)
    {
        var start = html.IndexOf("role=\"alert\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "The page has no error summary.");
        var end = html.IndexOf("</div>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
