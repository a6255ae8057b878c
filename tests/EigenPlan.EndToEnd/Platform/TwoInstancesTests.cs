using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using EigenPlan.EndToEnd.Infrastructure;
using EigenPlan.Web.Components.Pages.Together.Parts;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Platform;

/// <summary>
/// Two instances of the app behind nginx, sharing one PostgreSQL database (<see cref="TwoInstances"/>): what a resident,
/// an invited person and a staff member do on one instance holds on the other — sign-ins, plans, invitations, live
/// changes, rate limits, content — and when an instance dies, its residents go on on the other with what they saved.
/// </summary>
/// <remarks>
/// How a browser gets to a chosen instance: nginx routes by client address, and every test browser is 127.0.0.1, so
/// through the site's sticky port all of them would land on the same instance. Steps "on A" and "on B" therefore go
/// through nginx ports pinned to one instance each (the same proxy settings; cookies do not depend on the port, so one
/// browser keeps its sign-in when it moves). The crash test uses the sticky port itself, as residents do, and proves
/// that nginx moves a resident to the other instance when hers dies. Rate limits are checked straight at the instances
/// with forwarded addresses (nginx replaces X-Forwarded-For with the real address, the same for every test request).
/// </remarks>
[Collection(BrowserGroup.Name)]
public sealed partial class TwoInstancesTests(BrowserFixture browser, TwoInstances instances) : IClassFixture<TwoInstances>
{
    private const string Question = "Wie uit mijn omgeving zou mij hierbij kunnen helpen?";
    private const string Topic = "/onderwerp/mensen-om-mij-heen.vrienden-en-buren";
    private const int A = 0;
    private const int B = 1;

    private string On(int instance, string path = "") => instances.Nginx.PinnedUrl(instance, path);

    [Fact]
    public async Task ResidentStartsOnA_GoesOnWithTheCodeOnB_HerCookieWorksOnB_AndStaffSignedInOnAIsSignedInOnB()
    {
        await using var phone = await browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await phone.NewPageAsync();
        var (planUrl, code) = await StartPlanAsync(page, On(A));
        var planPath = new Uri(planUrl).AbsolutePath;
        await page.GoAndWaitAsync(On(A, planPath + Topic));
        await TypeAnswerAsync(page, Question, "Mijn buurvrouw Ingrid.");
        await page.WaitForSavedAsync();

        // Another device goes on with the code on B, and finds what was typed on A.
        await using var laptop = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        var other = await laptop.NewPageAsync();
        await ContinueWithCodeAsync(other, On(B), code);
        await other.GoAndWaitAsync(On(B, planPath + Topic));
        await Expect(other.GetByLabel(Question, new() { Exact = true })).ToHaveValueAsync("Mijn buurvrouw Ingrid.");
        await other.AssertAccessibleAsync("onderwerp op instantie B");

        // The phone's sign-in cookie, made by A, opens the plan on B (the cookie keys live in the database).
        await page.GoAndWaitAsync(On(B, planPath + Topic));
        await Expect(page.GetByLabel(Question, new() { Exact = true })).ToHaveValueAsync("Mijn buurvrouw Ingrid.");

        // Staff: signed in on A, signed in on B.
        await using var desk = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        var staff = await desk.NewPageAsync();
        await staff.GoAndWaitAsync(On(A, "/beheer/almere"));
        await staff.GetByLabel("Toegangscode").FillAsync(TwoInstances.StaffKey);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Open de beheerpagina" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Sociale Kaart van Almere", Level = 1 })).ToBeVisibleAsync();
        await staff.GoAndWaitAsync(On(B, "/beheer/almere"));
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Sociale Kaart van Almere", Level = 1 })).ToBeVisibleAsync();
        Assert.EndsWith("/beheer/almere", staff.Url, StringComparison.Ordinal);

        // On PostgreSQL nothing is written next to the app: plans, keys and counters are all in the database.
        Assert.Empty(Directory.EnumerateFileSystemEntries(instances.WorkingDirectory));
    }

    [Fact]
    public async Task InvitationMadeOnA_OpensOnB_UntilItsOwnEnd_AndAStatusChangeOnA_AppearsOnBWithoutReload()
    {
        await using var ownerDevice = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        var owner = await ownerDevice.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(owner, On(A));
        var planPath = new Uri(planUrl).AbsolutePath;
        var until = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(120);
        var link = await InviteNeighbourAsync(owner, On(A, planPath), until);
        Assert.StartsWith(On(A, "/samen/"), link, StringComparison.Ordinal);

        // The neighbour opens the link made on A on B; her cookie lasts exactly as long as the invitation (120 days,
        // longer than the 90 days a cookie used to be capped at).
        await using var neighbourDevice = await browser.NewDeviceAsync(BrowserFixture.Phone);
        var neighbour = await neighbourDevice.NewPageAsync();
        var exchange = await neighbour.RunAndWaitForResponseAsync(() => neighbour.GotoAsync(On(B, new Uri(link).AbsolutePath)),
            response => response.Url.Contains("/samen/", StringComparison.Ordinal) && response.Status == 302);
        await neighbour.WaitForPathAsync("/samen/uitnodiging/[0-9a-f]{16}$");
        await neighbour.WaitForInteractiveAsync();
        await Expect(neighbour.GetByRole(AriaRole.Heading, new() { Name = "Samenplan van Sanne de Vries" })).ToBeVisibleAsync();
        var setCookie = await exchange.HeaderValueAsync("set-cookie") ?? "";
        Assert.StartsWith("eigenplan_samen_", setCookie, StringComparison.Ordinal);
        var expires = DateTimeOffset.Parse(CookieExpires().Match(setCookie).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(new DateTimeOffset(DutchTime.EndOfDayUtc(until)).ToUnixTimeSeconds(), expires.ToUnixTimeSeconds());
        await neighbour.GetByRole(AriaRole.Link, new() { Name = "Een rustig huis" }).ClickAsync();
        await neighbour.WaitForPathAsync("/samen/uitnodiging/[0-9a-f]{16}/doel/");
        await Expect(neighbour.Locator(".goal-status-now")).Not.ToContainTextAsync("oranje");
        await neighbour.EvaluateAsync("() => { window.eigenplanSameDocument = true; }");

        // The owner changes the goal's colour on A; the page open on B shows it by itself (LISTEN/NOTIFY).
        await owner.GoAndWaitAsync(On(A, planPath + "/samen"));
        await owner.GetByRole(AriaRole.Link, new() { Name = "Een rustig huis" }).ClickAsync();
        await owner.WaitForPathAsync("/samen/doel/");
        await owner.GetByRole(AriaRole.Radio, new() { Name = "oranje: aandacht nodig" }).CheckAsync();
        await owner.GetByLabel("Waarom deze kleur?").FillAsync("De buren maken 's nachts lawaai.");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Bewaar de kleur" }).ClickAsync();
        await Expect(owner.Locator(".goal-status-now")).ToContainTextAsync("oranje: aandacht nodig");

        await Expect(neighbour.Locator(".goal-status-now")).ToContainTextAsync("oranje: aandacht nodig", new() { Timeout = 10_000 });
        await Expect(neighbour.Locator(".goal-status-now")).ToContainTextAsync("De buren maken 's nachts lawaai.");
        Assert.True(await neighbour.EvaluateAsync<bool>("() => window.eigenplanSameDocument === true"), "the page on B was reloaded instead of updated");
        await neighbour.AssertAccessibleAsync("doel van een uitgenodigde op instantie B");
    }

    [Fact]
    public async Task WrongCodesSpreadOverBothInstances_TheEleventhIsRefusedOnEither_AndThePerPlanSlowDownIsShared()
    {
        using var onA = new FormClient(instances[A].BaseUrl, forwardedFor: "203.0.113.77");
        using var onB = onA.At(instances[B].BaseUrl);
        for (var i = 0; i < 10; i++)
        {
            using var wrong = await (i % 2 == 0 ? onA : onB).PostFormAsync("/verder", "verder", CodeField(CodeFor(RandomId())));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var eleventhOnA = await onA.PostFormAsync("/verder", "verder", CodeField(CodeFor(RandomId())));
        using var twelfthOnB = await onB.PostFormAsync("/verder", "verder", CodeField(CodeFor(RandomId())));

        Assert.Equal(HttpStatusCode.TooManyRequests, eleventhOnA.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, twelfthOnB.StatusCode);

        // Five wrong codes for one plan id, spread over A and B (from another client): the sixth, on B, waits.
        using var guesserOnA = new FormClient(instances[A].BaseUrl, forwardedFor: "203.0.113.78");
        using var guesserOnB = guesserOnA.At(instances[B].BaseUrl);
        var id = RandomId();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await (i % 2 == 0 ? guesserOnA : guesserOnB).PostFormAsync("/verder", "verder", CodeField(CodeFor(id)));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        var watch = Stopwatch.StartNew();
        using var slowed = await guesserOnB.PostFormAsync("/verder", "verder", CodeField(CodeFor(id)));
        Assert.Equal(HttpStatusCode.OK, slowed.StatusCode);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1.45), $"the sixth wrong code for one id answered after {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task InstanceKilledUnderAResident_SheGoesOnOnTheOther_WithEverythingSheSaved()
    {
        await using var phone = await browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await phone.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, instances.Nginx.HttpUrl(""));
        var topicPath = new Uri(planUrl).AbsolutePath + Topic;
        await page.GoAndWaitAsync(instances.Nginx.HttpUrl(topicPath));
        var hers = instances.InstanceOn(await instances.Nginx.UpstreamOfLastRequestAsync(topicPath));
        await TypeAnswerAsync(page, Question, "Mijn buurvrouw Ingrid.");
        await page.WaitForSavedAsync();

        try
        {
            await page.EvaluateAsync("() => window.__beforeTheCrash = true");
            await instances.KillAsync(hers);

            // Her circuit's connection drops; Blazor reconnects through nginx, which sends it to the other instance. That
            // instance does not know the circuit and rejects it; the page then loads itself afresh
            // (Layout/ReconnectModal.razor.js), which lands on the other instance, still signed in. Words typed but not yet
            // saved would come back from the tab's own buffer (NothingLost tests); this test checks what was saved.
            await page.WaitForFunctionAsync("() => window.__beforeTheCrash === undefined", null, new() { Timeout = 60_000 });
            await page.WaitForInteractiveAsync();
            await page.AssertAccessibleAsync("na het wegvallen van een instantie");
            await page.ScreenshotAsync("platform-05-na-wegvallen");
            await Expect(page.GetByLabel(Question, new() { Exact = true })).ToHaveValueAsync("Mijn buurvrouw Ingrid.");
            Assert.Equal(1 - hers, instances.InstanceOn(await instances.Nginx.UpstreamOfLastRequestAsync(topicPath)));

            await TypeAnswerAsync(page, "Wat wil ik?", "Vaker samen koffie drinken.");
            await page.WaitForSavedAsync();
            await page.ReloadAsync();
            await page.WaitForInteractiveAsync();
            await Expect(page.GetByLabel(Question, new() { Exact = true })).ToHaveValueAsync("Mijn buurvrouw Ingrid.");
            await Expect(page.GetByLabel("Wat wil ik?", new() { Exact = true })).ToHaveValueAsync("Vaker samen koffie drinken.");
        }
        finally
        {
            await instances.RestartAsync(hers);
        }
    }

    [Fact]
    public async Task AChangedMunicipalityFile_IsPickedUpByBothInstances()
    {
        // Almere: Voorbeeldstad is a template and never on the start page.
        var file = Path.Combine(instances.ContentFolder, "municipalities", "almere.yaml");
        var yaml = await File.ReadAllTextAsync(file);
        Assert.Contains("\nnaam: Almere\n", yaml, StringComparison.Ordinal);

        await File.WriteAllTextAsync(file, yaml.Replace("\nnaam: Almere\n", "\nnaam: Almere aan Zee\n", StringComparison.Ordinal));

        // Each process has its own watcher on the folder; both show the new name within seconds.
        using var http = new HttpClient();
        foreach (var instance in new[] { A, B })
        {
            var seen = false;
            for (var i = 0; i < 100 && !seen; i++)
            {
                seen = (await http.GetStringAsync(On(instance, "/"))).Contains("Almere aan Zee", StringComparison.Ordinal);
                if (!seen)
                {
                    await Task.Delay(200);
                }
            }
            Assert.True(seen, $"instance {instance} did not pick up the changed file:\n{instances.Output}");
        }
    }

    /// <summary>A shared plan with one goal and a neighbour, and a read-only invitation for her until <paramref name="until"/>.</summary>
    private static async Task<string> InviteNeighbourAsync(IPage owner, string planUrl, DateOnly until)
    {
        await owner.GoAndWaitAsync(planUrl + "/samen/maken");
        await owner.GetByLabel("Een ander doel (mag leeg)").FillAsync("Een rustig huis");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Voeg dit doel toe" }).ClickAsync();
        await owner.GetByText("Iemand anders toevoegen").ClickAsync();
        await owner.GetByLabel("Naam", new() { Exact = true }).FillAsync("Buurvrouw Ans");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Voeg deze persoon toe" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Checkbox, new() { Name = "Buurvrouw Ans" })).ToBeCheckedAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Maak het samenplan" }).ClickAsync();
        await owner.WaitForPathAsync("/samen$");
        await owner.GoAndWaitAsync(planUrl + "/samen/uitnodigen");
        await owner.GetByLabel("Wie wil je uitnodigen?").SelectOptionAsync(new SelectOptionValue { Label = "Buurvrouw Ans" });
        await owner.GetByLabel("De link werkt tot en met (mag leeg)").FillAsync(until.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await owner.GetByRole(AriaRole.Button, new() { Name = "Maak een uitnodiging" }).ClickAsync();
        var linkBox = owner.GetByLabel("Link voor Buurvrouw Ans");
        await Expect(linkBox).ToHaveValueAsync(new Regex("/samen/[A-Za-z0-9_-]{43}$"));
        return await linkBox.InputValueAsync();
    }

    [GeneratedRegex("expires=([^;]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CookieExpires();

    private static Dictionary<string, string> CodeField(string code) => new() { ["Form.Code"] = code };

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static string RandomId() => new([.. Enumerable.Range(0, 6).Select(_ => Alphabet[Random.Shared.Next(Alphabet.Length)])]);

    /// <summary>A well-formed code for plan id <paramref name="id"/> with a random secret (wrong, whether the id exists or not).</summary>
    private static string CodeFor(string id)
    {
        var chars = id + new string([.. Enumerable.Range(0, 14).Select(_ => Alphabet[Random.Shared.Next(Alphabet.Length)])]);
        return string.Join('-', chars.Chunk(4).Select(c => new string(c)));
    }
}
