using System.Net;
using System.Text.RegularExpressions;
using EigenPlan.Core.Plans;
using EigenPlan.Core.Security;
using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Platform;

/// <summary>
/// The limits count each real client (behind a known proxy: its X-Forwarded-For address), only form posts, and stop
/// plan creation before anything is made. A refusal is a readable Dutch page with status 429 and Retry-After.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed partial class RateLimitTests(BrowserFixture browser) : IAsyncLifetime
{
    private AppServer app = default!;

    public Task InitializeAsync()
    {
        // Loopback is a known proxy by default; saying so here shows the setting the README documents.
        app = AppServer.Start(settings: new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task WrongCodes_FromTwoClientsBehindTheSameProxy_DoNotBlockEachOther()
    {
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        var (planUrl, code) = await StartPlanAsync(await device.NewPageAsync(), app);
        using var guesser = new FormClient(app, forwardedFor: "203.0.113.10");
        using var owner = new FormClient(app, forwardedFor: "203.0.113.20");

        for (var i = 0; i < 10; i++)
        {
            using var wrong = await guesser.PostFormAsync("/verder", "verder", Code(RandomCode()));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        using var eleventh = await guesser.PostFormAsync("/verder", "verder", Code(RandomCode()));
        Assert.Equal(HttpStatusCode.TooManyRequests, eleventh.StatusCode);
        Assert.InRange(eleventh.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 30 * 60);
        Assert.Contains("Probeer het over", await eleventh.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The owner, behind the same proxy: a wrong code gets the ordinary answer, the right one opens the plan.
        using var ownerTypo = await owner.PostFormAsync("/verder", "verder", Code(RandomCode()));
        Assert.Equal(HttpStatusCode.OK, ownerTypo.StatusCode);
        Assert.Contains("Deze code klopt niet", await ownerTypo.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var opened = await owner.PostFormAsync("/verder", "verder", Code(code));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(new Uri(planUrl).AbsolutePath + "/overzicht", new Uri(new Uri(app.BaseUrl), opened.Headers.Location!).AbsolutePath);
        Assert.NotNull(owner.Cookie("eigenplan_plan"));
    }

    [Fact]
    public async Task OpeningTheFormPage_IsNeverLimited_EvenForAClientThatIsRefused()
    {
        using var guesser = new FormClient(app, forwardedFor: "198.51.100.1");
        for (var i = 0; i < 11; i++)
        {
            (await guesser.PostFormAsync("/verder", "verder", Code(RandomCode()))).Dispose();
        }
        using (var refused = await guesser.PostFormAsync("/verder", "verder", Code(RandomCode())))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        }

        for (var i = 0; i < 30; i++)
        {
            using var page = await guesser.GetAsync(i % 2 == 0 ? "/verder" : "/nieuw/almere");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }

    [Fact]
    public async Task Creation_OverTheLimit_IsRefusedBeforeAnyPlanIsMade_WhileAnotherClientStillStarts()
    {
        using var script = new FormClient(app, forwardedFor: "192.0.2.50");
        for (var i = 0; i < 10; i++)
        {
            using var made = await script.PostFormAsync("/nieuw/almere", "nieuw-plan");
            Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        }
        Assert.Equal(10, PlansCreated());

        using var eleventh = await script.PostFormAsync("/nieuw/almere", "nieuw-plan");

        Assert.Equal(HttpStatusCode.TooManyRequests, eleventh.StatusCode);
        Assert.Contains("nieuwe plannen gestart", await eleventh.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(10, PlansCreated());
        using var neighbour = new FormClient(app, forwardedFor: "192.0.2.51");
        using var started = await neighbour.PostFormAsync("/nieuw/almere", "nieuw-plan");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal(11, PlansCreated());
    }

    [Fact]
    public async Task RefusedForm_InTheBrowser_ShowsAClearDutchPage()
    {
        await using var limited = AppServer.Start(settings: new Dictionary<string, string?> { ["RateLimits:Code:PerClient:Permits"] = "1" });
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        await page.GoAndWaitAsync(limited.Url("/verder"));
        await page.GetByLabel("Je persoonlijke code").FillAsync("AAAA-BBBB-CCCC-DDDD-EEEE");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open mijn plan" }).ClickAsync();
        await Expect(page.Locator("#code-fout")).ToBeVisibleAsync();

        await page.GetByLabel("Je persoonlijke code").FillAsync("AAAA-BBBB-CCCC-DDDD-EEEF");
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Open mijn plan" }).ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.Equal(429, response.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Even wachten", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(new Regex("te vaak .* Probeer het over (1 minuut|\\d+ minuten) opnieuw"));
        await page.AssertAccessibleAsync("te vaak geprobeerd");
        await page.ScreenshotAsync("platform-01-te-vaak");
    }

    [Fact]
    public async Task CountersThatCannotBeReached_RefuseCodeAndStartForms_WithAClearPage_AndTheFormPagesStillOpen()
    {
        // Fail closed: with PostgreSQL the counters live in the database, and a form that cannot be counted is not let
        // through (no unlimited guessing while the counters are away); opening a page needs no counter.
        await using var down = AppServer.Start(replaceServices: services => services.AddSingleton<IRateLimitCounters, UnreachableCounters>());
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        await page.GoAndWaitAsync(down.Url("/verder"));
        await page.GetByLabel("Je persoonlijke code").FillAsync("AAAA-BBBB-CCCC-DDDD-EEEE");

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Open mijn plan" }).ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.Equal(503, response.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Even niet beschikbaar", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Dit lukt nu even niet. Probeer het over een minuut opnieuw.");
        await page.AssertAccessibleAsync("even niet beschikbaar");
        await page.ScreenshotAsync("platform-04-even-niet-beschikbaar");
        using var script = new FormClient(down, forwardedFor: "192.0.2.60");
        using var start = await script.PostFormAsync("/nieuw/almere", "nieuw-plan");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, start.StatusCode);
        Assert.Equal("30", start.Headers.GetValues("Retry-After").Single());
        Assert.DoesNotContain(down.Logs.Lines, l => CreatedLine().IsMatch(l));
        Assert.Contains(down.Logs.Lines, l => l.Contains("Rate limit create: the counters cannot be reached", StringComparison.Ordinal));
    }

    /// <summary>Counters in a database that is down.</summary>
    private sealed class UnreachableCounters : IRateLimitCounters
    {
        public Task<long> HitAsync(string key, TimeSpan keepFor, CancellationToken cancellationToken = default) =>
            throw new StoreUnavailableException("count a request", new IOException("connection refused"));

        public Task<long> PeekAsync(string key, CancellationToken cancellationToken = default) =>
            throw new StoreUnavailableException("read a request count", new IOException("connection refused"));
    }

    private int PlansCreated() => app.Logs.Lines.Count(l => CreatedLine().IsMatch(l));

    private static Dictionary<string, string> Code(string code) => new() { ["Form.Code"] = code };

    private static string RandomCode()
    {
        const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        var chars = Enumerable.Range(0, 20).Select(_ => Alphabet[Random.Shared.Next(Alphabet.Length)]).ToArray();
        return string.Join('-', chars.Chunk(4).Select(c => new string(c)));
    }

    [GeneratedRegex("Plan \\S+ created")]
    private static partial Regex CreatedLine();
}
