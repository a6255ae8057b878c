using System.Globalization;
using System.Net;
using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Wizard;

/// <summary>Plan inleveren: when and how (sample addresses never as links), the date noted, and a calendar reminder.</summary>
public sealed class HandInTests(BrowserFixture browser) : AppTest(browser)
{
    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task HandIn_NotesTheDate_AndDownloadsACalendarReminder(string viewport)
    {
        await using var device = await Browser.NewDeviceAsync(viewport == "phone" ? BrowserFixture.Phone : BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App);
        await page.GoAndWaitAsync(planUrl + "/mijn-plan");
        await page.GetByRole(AriaRole.Link, new() { Name = "Plan inleveren" }).ClickAsync();
        await page.WaitForPathAsync("/inleveren$");
        await page.WaitForInteractiveAsync();

        // When and how, from Almere's file: its example.nl addresses are shown as text, never as links.
        var main = page.Locator("main");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Plan inleveren", Level = 1 })).ToBeVisibleAsync();
        await Expect(main).ToContainTextAsync("De gemeente moet je de kans geven om een plan in te leveren.");
        await Expect(main).ToContainTextAsync("eigenplan@example.nl");
        await Expect(page.Locator("a[href*='example.']")).ToHaveCountAsync(0);
        await Expect(main).ToContainTextAsync("Postbus 200");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Bel 14 036" }).First).ToHaveAttributeAsync("href", "tel:14036");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download je plan als PDF" })).ToHaveAttributeAsync("href", planUrl[planUrl.IndexOf("/plan/", StringComparison.Ordinal)..] + "/boekje.pdf");
        await Expect(main).ToContainTextAsync("Voorbeeldgegevens — nog niet gecontroleerd door de gemeente");
        await page.AssertAccessibleAsync("plan inleveren");

        // A date in the future is refused with the Core rule's words, in the error summary and under the field.
        var today = DateOnly.FromDateTime(DateTime.Now);
        await page.GetByLabel("Datum van inleveren").FillAsync(today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaar" }).ClickAsync();
        await Expect(page.Locator("#fout-ingeleverd")).ToBeFocusedAsync();
        await Expect(page.Locator("#fout-ingeleverd")).ToContainTextAsync("Deze datum ligt in de toekomst");
        await Expect(page.Locator("#ingeleverd-datum-fout")).ToContainTextAsync("Deze datum ligt in de toekomst");
        await page.AssertAccessibleAsync("plan inleveren met een fout");

        // Today, to the wijkteam: kept, and shown again after a reload and on Mijn plan.
        await page.GetByLabel("Datum van inleveren").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Bij wie of waar?").FillAsync("Wijkteam, mevrouw De Vries");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaar" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Bewaard: je hebt je plan ingeleverd op" })).ToContainTextAsync("bij Wijkteam, mevrouw De Vries");
        await Expect(page.Locator("#fout-ingeleverd")).ToHaveCountAsync(0);
        await page.WaitForSavedAsync();
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByLabel("Bij wie of waar?")).ToHaveValueAsync("Wijkteam, mevrouw De Vries");

        // The reminder: folded until asked for; checked first, then a download of a real iCalendar file.
        var day = today.AddDays(10);
        await page.GetByText("Zet het gesprek in je agenda", new() { Exact = true }).ClickAsync();
        await page.GetByLabel("Datum van het gesprek").FillAsync(today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Maak de herinnering" }).ClickAsync();
        await Expect(page.Locator("#gesprek-datum-fout")).ToContainTextAsync("Deze datum is al voorbij.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Download de herinnering voor je agenda" })).ToHaveCountAsync(0);
        await page.GetByLabel("Datum van het gesprek").FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Hoe laat is het gesprek?").FillAsync("10:30");
        await page.GetByLabel("Waar is het gesprek?").FillAsync("Stadhuis, Stadhuisplein 1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Maak de herinnering" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Download de herinnering voor je agenda" }).ClickAsync());
        Assert.Equal("gesprek-met-de-gemeente.ics", download.SuggestedFilename);
        var path = Path.Combine(RepoPaths.Output("downloads"), $"{viewport}-gesprek.ics");
        await download.SaveAsAsync(path);
        var ics = await File.ReadAllTextAsync(path);
        var lines = Unfold(ics);
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        var vevent = lines.SkipWhile(l => l != "BEGIN:VEVENT").TakeWhile(l => l != "END:VEVENT").ToList();
        Assert.NotEmpty(vevent);
        Assert.Contains($"DTSTART:{day:yyyyMMdd}T103000", vevent);
        Assert.Contains("LOCATION:Stadhuis\\, Stadhuisplein 1", vevent);
        Assert.Contains("SUMMARY:Gesprek met de gemeente", vevent);
        Assert.Contains(vevent, l => l.StartsWith("UID:", StringComparison.Ordinal));
        await page.AssertAccessibleAsync("plan inleveren met herinnering");
        await page.ScreenshotAsync($"{viewport}-16-inleveren");

        // Mijn plan says it was handed in.
        await page.GoAndWaitAsync(planUrl + "/mijn-plan");
        await Expect(page.Locator("main")).ToContainTextAsync("Je hebt je plan ingeleverd op");
    }

    [Fact]
    public async Task ReminderEndpoint_AnswersACalendarFileThatNoCacheKeeps_OnlyForTheSignedInResident()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App);
        await page.GoAndWaitAsync(planUrl + "/inleveren");
        await page.GetByText("Zet het gesprek in je agenda", new() { Exact = true }).ClickAsync();
        var day = DateOnly.FromDateTime(DateTime.Now).AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.GetByLabel("Datum van het gesprek").FillAsync(day);
        await page.GetByRole(AriaRole.Button, new() { Name = "Maak de herinnering" }).ClickAsync();
        var token = await page.Locator("form.reminder-download input[name=__RequestVerificationToken]").InputValueAsync();
        var form = page.Context.APIRequest.CreateFormData();
        form.Append("__RequestVerificationToken", token);
        form.Append("datum", day);

        var response = await page.Context.APIRequest.PostAsync(planUrl + "/gesprek.ics", new() { Form = form, MaxRedirects = 0 });

        Assert.Equal(200, response.Status);
        Assert.Equal("text/calendar; charset=utf-8", response.Headers["content-type"]);
        Assert.Equal("no-store", response.Headers["cache-control"]);
        Assert.StartsWith("attachment;", response.Headers["content-disposition"], StringComparison.Ordinal);
        var ics = await response.TextAsync();
        Assert.Contains($"DTSTART;VALUE=DATE:{day.Replace("-", "", StringComparison.Ordinal)}", ics, StringComparison.Ordinal);

        // Without the resident's cookie: no file. Without the antiforgery token: refused.
        using var stranger = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var anonymous = await stranger.PostAsync(planUrl + "/gesprek.ics", new FormUrlEncodedContent(new Dictionary<string, string> { ["datum"] = day }));
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        var noToken = page.Context.APIRequest.CreateFormData();
        noToken.Append("datum", day);
        var forged = await page.Context.APIRequest.PostAsync(planUrl + "/gesprek.ics", new() { Form = noToken, MaxRedirects = 0 });
        Assert.Equal(400, forged.Status);
    }

    /// <summary>RFC 5545 lines: CRLF-separated, a line starting with a space continues the one before.</summary>
    private static List<string> Unfold(string ics) =>
        ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
}
