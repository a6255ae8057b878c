using System.Text.RegularExpressions;
using EigenPlan.Bench.NothingLost;
using EigenPlan.EndToEnd.Infrastructure;
using EigenPlan.Web.State;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.NothingLost;

/// <summary>
/// Words typed while the live connection is gone stay in the tab (encrypted) until the server stores them; the page
/// says one honest thing at a time; a new circuit puts them back through the same merge as two devices (issue 12).
/// The browser reaches the app through a <see cref="ConnectionCutter"/>, which can break the line like a network.
/// </summary>
public sealed class PendingTextTests(BrowserFixture browser) : AppTest(browser)
{
    private const string Question = "Hoe gaat het nu?";
    private const string NotYetSaved = "Nog niet opgeslagen — we proberen het opnieuw.";

    [Fact]
    public async Task LineCutWhileTyping_TheBarSaysNotYetSaved_TheTabKeepsTheTextSealed_ThenItIsSaved()
    {
        await using var line = new ConnectionCutter(new Uri(App.BaseUrl).Port);
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App);
        var topic = line.BaseUrl + new Uri(planUrl).AbsolutePath + Residents.TopicPath;
        await page.GoAndWaitAsync(topic);
        var box = page.GetByLabel(Question, new() { Exact = true });
        await box.PressSequentiallyAsync("een twee drie");
        await page.WaitForSavedAsync();

        line.Cut();
        var bar = page.Locator("#components-reconnect-modal");
        await Expect(bar).ToBeVisibleAsync();
        await Expect(bar).ToContainTextAsync(NotYetSaved);
        // One state at a time: the page's own (stale) status is hidden while the bar speaks.
        await Expect(page.Locator(".save-status")).ToBeHiddenAsync();
        await page.AssertAccessibleAsync("onderwerp zonder verbinding");
        await box.PressSequentiallyAsync(" vier vijf zes");
        await Expect(box).ToHaveValueAsync("een twee drie vier vijf zes");
        var kept = await page.EvaluateAsync<string[]>(
            "() => Object.keys(sessionStorage).filter(k => k.startsWith('eigenplan-pending:')).map(k => sessionStorage.getItem(k))");
        Assert.NotEmpty(kept);
        Assert.All(kept, sealedEntry => Assert.DoesNotContain("vier", sealedEntry, StringComparison.Ordinal));
        await page.ScreenshotAsync("zonder-verbinding");

        line.Restore();
        await Expect(bar).ToBeHiddenAsync(new() { Timeout = 30_000 });
        await page.WaitForSavedAsync();
        await EventuallyAsync(async () => await Residents.PendingCountAsync(page) == 0, "the tab still holds text");
        // Confirmed: nothing of it stays in the tab, not even sealed.
        await EventuallyAsync(async () => await BufferSizeAsync(page) == 0, "the tab still holds entries after the server confirmed");

        var check = await device.NewPageAsync();
        await check.GoAndWaitAsync(planUrl + Residents.TopicPath);
        await Expect(check.GetByLabel(Question, new() { Exact = true })).ToHaveValueAsync("een twee drie vier vijf zes");
    }

    [Fact]
    public async Task NewServerWhileTheLineWasCut_AnotherDeviceChangedTheAnswer_TheTabPutsItsWordsBackBesideThem_AndSaysSo()
    {
        await using var line = new ConnectionCutter(new Uri(App.BaseUrl).Port);
        await using var phone = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var phonePage = await phone.NewPageAsync();
        var (planUrl, code) = await StartPlanAsync(phonePage, App);
        var planPath = new Uri(planUrl).AbsolutePath;
        await phonePage.GoAndWaitAsync(line.BaseUrl + planPath + Residents.TopicPath);
        var phoneBox = phonePage.GetByLabel(Question, new() { Exact = true });
        await phoneBox.PressSequentiallyAsync("Eerst.");
        await phonePage.WaitForSavedAsync();

        // The phone loses its connection and goes on typing; meanwhile the server is replaced (a deploy) …
        line.Cut();
        await Expect(phonePage.Locator("#components-reconnect-modal")).ToBeVisibleAsync();
        await phoneBox.PressSequentiallyAsync(" Getypt zonder verbinding.");
        var databasePath = App.DatabasePath;
        await App.DisposeAsync();
        await using var second = AppServer.Start(databasePath);
        line.Retarget(new Uri(second.BaseUrl).Port);

        // … and the laptop writes its own answer in the same field on the new server.
        await using var laptop = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var laptopPage = await laptop.NewPageAsync();
        await ContinueWithCodeAsync(laptopPage, second, code);
        await laptopPage.GoAndWaitAsync(second.Url(planPath + Residents.TopicPath));
        await TypeAnswerAsync(laptopPage, Question, "Op de laptop.");
        await laptopPage.WaitForSavedAsync();

        // The phone is back: its circuit is gone, the page reloads, and the tab's words come back next to the laptop's.
        line.Restore();
        await Expect(phonePage.GetByText("We hebben tekst teruggezet die nog niet was opgeslagen.")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(phonePage.GetByText("allebei de teksten bewaard")).ToBeVisibleAsync();
        var both = new Regex($"^Op de laptop\\.\\s+{Regex.Escape(Core.Plans.PlanMerge.Marker)}\\s+Eerst\\. Getypt zonder verbinding\\.$");
        await Expect(phonePage.GetByLabel(Question, new() { Exact = true })).ToHaveValueAsync(both);
        await phonePage.WaitForSavedAsync();
        await phonePage.AssertAccessibleAsync("onderwerp met tekst teruggezet");

        await laptopPage.GoAndWaitAsync(second.Url(planPath + Residents.TopicPath));
        await Expect(laptopPage.GetByLabel(Question, new() { Exact = true })).ToHaveValueAsync(both);
    }

    [Fact]
    public async Task LeavingTheTabWithUnsavedText_AReloadTakesItBack_ATabReopenedLaterHoldsNothing()
    {
        await using var line = new ConnectionCutter(new Uri(App.BaseUrl).Port);
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App);
        var topic = line.BaseUrl + new Uri(planUrl).AbsolutePath + Residents.TopicPath;
        await page.GoAndWaitAsync(topic);
        var box = page.GetByLabel(Question, new() { Exact = true });
        await box.PressSequentiallyAsync("een twee drie");
        await page.WaitForSavedAsync();
        await EventuallyAsync(async () => await BufferSizeAsync(page) == 0, "the tab still holds entries after the server confirmed");

        // Typed without a connection, then the page is left (a reload after a moment): the tab gives the words back.
        await TypeOfflineAndLeaveAsync(page, line, box, " vier");
        await page.GoAndWaitAsync(topic);
        await Expect(page.GetByText(PlanState.RestoredText)).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(box).ToHaveValueAsync("een twee drie vier");
        await page.WaitForSavedAsync();
        await EventuallyAsync(async () => await BufferSizeAsync(page) == 0, "the tab still holds entries after the server confirmed");

        // The same, but the tab comes back after more than ten minutes (closed, and reopened by someone else): its
        // unsaved words are gone from it, sealed or not. (The clock is moved by rewriting when the page was left.)
        await TypeOfflineAndLeaveAsync(page, line, box, " vijf");
        await page.AddInitScriptAsync("""
            try {
              const left = sessionStorage.getItem('eigenplan-pending-left-at');
              if (left) sessionStorage.setItem('eigenplan-pending-left-at', String(Number(left) - 11 * 60 * 1000));
            } catch { }
            """);
        await page.GoAndWaitAsync(topic);
        Assert.Equal(0, await BufferSizeAsync(page));
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('eigenplan-pending-left-at')"));
        await Expect(box).ToHaveValueAsync("een twee drie vier");
        await Expect(page.GetByText(PlanState.RestoredText)).ToHaveCountAsync(0);
    }

    /// <summary>Cuts the line, types, waits until the tab has sealed it, and leaves the page (pagehide).</summary>
    private static async Task TypeOfflineAndLeaveAsync(IPage page, ConnectionCutter line, ILocator box, string words)
    {
        line.Cut();
        await Expect(page.Locator("#components-reconnect-modal")).ToBeVisibleAsync();
        await box.PressSequentiallyAsync(words);
        await page.EvaluateAsync("() => window.eigenPlanPending.flush()");
        var kept = await page.EvaluateAsync<string[]>(
            "() => Object.keys(sessionStorage).filter(k => k.startsWith('eigenplan-pending:')).map(k => sessionStorage.getItem(k))");
        Assert.Single(kept);
        Assert.DoesNotContain(words.Trim(), kept[0], StringComparison.Ordinal);
        await page.GotoAsync("about:blank");
        line.Restore();
    }

    [Fact]
    public async Task ClosingThePlanOnThisDevice_AndDeletingIt_LeaveNothingInTheTab()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        var (planUrl, code) = await StartPlanAsync(page, App);
        await page.GoAndWaitAsync(planUrl + "/gegevens");
        await PlantEntryAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sluit mijn plan op dit apparaat" }).ClickAsync();
        await page.WaitForPathAsync("^http://127\\.0\\.0\\.1:\\d+/$");
        Assert.Equal(0, await BufferSizeAsync(page));

        await ContinueWithCodeAsync(page, App, code);
        await PlantEntryAsync(page);
        await page.GoAndWaitAsync(planUrl + "/verwijderen");
        await page.GetByLabel("Je persoonlijke code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, verwijder alles" }).ClickAsync();
        await page.WaitForPathAsync("/plan-verwijderd$");
        await EventuallyAsync(async () => await BufferSizeAsync(page) == 0, "the tab still holds entries");
    }

    /// <summary>An entry as the buffer writes it (its content does not matter: clearing removes every entry).</summary>
    private static async Task PlantEntryAsync(IPage page)
    {
        await page.EvaluateAsync("() => sessionStorage.setItem('eigenplan-pending:ZZZZZZ:a:x:y', '{}')");
        Assert.Equal(1, await BufferSizeAsync(page));
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition, string failure)
    {
        for (var tries = 0; !await condition(); tries++)
        {
            Assert.True(tries < 200, failure);
            await Task.Delay(50);
        }
    }

    private static Task<int> BufferSizeAsync(IPage page) =>
        page.EvaluateAsync<int>("() => Object.keys(sessionStorage).filter(k => k.startsWith('eigenplan-pending:')).length");
}
