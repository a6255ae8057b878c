using System.Globalization;
using System.Net;
using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Staff;

/// <summary>
/// Insight for the municipality: after several plans were made, staff see a line per week and a bar per house, every
/// count under ten shows as "&lt; 10" (on the page and in the CSV), and no plan's name or text appears anywhere.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class InsightTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Key = "test-sleutel-voor-beheer-inzicht";
    private AppServer app = default!;

    public Task InitializeAsync()
    {
        app = AppServer.Start(settings: new Dictionary<string, string?>
        {
            ["Staff:AccessKey"] = Key,
            // Twelve plans from one test client.
            ["RateLimits:Create:PerClient:Permits"] = "50",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task AfterTwelvePlans_StaffSeeChartsAndTables_CountsUnderTenShowAsLessThanTen_AlsoInTheCsv()
    {
        using (var script = new FormClient(app))
        {
            for (var i = 0; i < 11; i++)
            {
                using var made = await script.PostFormAsync("/nieuw/almere", "nieuw-plan");
                Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
            }
        }
        await using var resident = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await resident.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, app.BaseUrl, name: "Wilhelmina Zonderland");
        await page.GoAndWaitAsync(planUrl + "/onderwerp/geldzaken.inkomen");
        await TypeAnswerAsync(page, "Hoe gaat het nu?", "Het geheim van de smid.");
        await page.WaitForSavedAsync();

        await using var staff = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        var admin = await staff.NewPageAsync();
        await admin.GoAndWaitAsync(app.Url("/beheer/almere/inzicht"));
        await admin.GetByLabel("Toegangscode").FillAsync(Key);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Open de beheerpagina" }).ClickAsync();
        await admin.WaitForPathAsync("/beheer/almere/inzicht$");

        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Inzicht: Almere", Level = 1 })).ToBeVisibleAsync();
        await Expect(admin.GetByRole(AriaRole.Img, new() { Name = "Plannen per week" })).ToBeVisibleAsync();
        await Expect(admin.GetByRole(AriaRole.Img, new() { Name = "Huisjes waaraan gewerkt is" })).ToBeVisibleAsync();
        var week = ThisWeek();
        var weekRow = admin.GetByRole(AriaRole.Row).Filter(new() { Has = admin.GetByRole(AriaRole.Rowheader, new() { Name = week, Exact = true }) });
        await Expect(weekRow.GetByRole(AriaRole.Cell).Nth(0)).ToHaveTextAsync("12");
        await Expect(weekRow.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("< 10");
        var houseRow = admin.GetByRole(AriaRole.Row).Filter(new() { Has = admin.GetByRole(AriaRole.Rowheader, new() { Name = "Geldzaken", Exact = true }) }).First;
        await Expect(houseRow.GetByRole(AriaRole.Cell)).ToHaveTextAsync("< 10");
        await Expect(admin.Locator("svg .insight-chart__suppressed")).Not.ToHaveCountAsync(0);
        await Expect(admin.Locator("main")).Not.ToContainTextAsync("Wilhelmina");
        await Expect(admin.Locator("main")).Not.ToContainTextAsync("smid");
        // No cell shows a small number: 1 to 9 never appear as a count.
        foreach (var cell in await admin.Locator(".insight-table td").AllTextContentsAsync())
        {
            Assert.DoesNotMatch("^[1-9]$", cell.Trim());
        }
        await admin.AssertAccessibleAsync("inzicht voor de gemeente");
        await admin.ScreenshotAsync("staff-inzicht");

        var csv = await admin.Context.APIRequest.GetAsync(app.Url("/beheer/almere/inzicht.csv"));
        Assert.True(csv.Ok);
        Assert.StartsWith("text/csv", csv.Headers["content-type"], StringComparison.Ordinal);
        var lines = (await csv.TextAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("metric,week,key,label,count", lines[0]);
        Assert.Contains($"plan_started,{week},,{week},12", lines);
        Assert.Contains("house_worked_on,,geldzaken,Geldzaken,< 10", lines);
        Assert.Contains("topic_worked_on,,geldzaken.inkomen,Inkomen,< 10", lines);
        Assert.All(lines.Skip(1), line => Assert.Matches("(,< 10|,[1-9][0-9.]+|,[1-9][0-9]+)$", line));
        Assert.DoesNotContain(lines, l => l.Contains("Wilhelmina", StringComparison.Ordinal) || l.Contains("smid", StringComparison.Ordinal));

        // Without the staff cookie there is no CSV.
        using var stranger = new FormClient(app);
        using var refused = await stranger.GetAsync("/beheer/almere/inzicht.csv");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    private static string ThisWeek()
    {
        var today = DateTime.UtcNow;
        return $"{ISOWeek.GetYear(today):D4}-W{ISOWeek.GetWeekOfYear(today):D2}";
    }
}
