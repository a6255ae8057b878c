using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Wizard;

/// <summary>Closing and deleting end the sign-in on this device, and only the resident's own form can do that.</summary>
public sealed class CloseAndDeleteTests(BrowserFixture browser) : AppTest(browser)
{
    [Fact]
    public async Task OldCloseLink_AndAPostWithoutToken_DoNotClose_TheCookieStillOpensThePlan()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(page, App);

        // What another site could do: link to the old close URL, or post a form to the new one.
        var linked = await page.GotoAsync(App.Url("/sessie/sluiten"));
        Assert.True(linked!.Status >= 400, $"GET answered {linked.Status}");
        var forged = await device.APIRequest.PostAsync(App.Url("/sessie/sluiten"), new() { MaxRedirects = 0 });
        Assert.Equal(400, forged.Status);
        var forgedDelete = await device.APIRequest.PostAsync(planUrl + "/verwijderen", new() { MaxRedirects = 0 });
        Assert.Equal(400, forgedDelete.Status);

        Assert.NotNull(await device.PlanCookieAsync());
        await page.GoAndWaitAsync(planUrl + "/huisjes");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "De huisjes", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task CloseButton_ClosesThePlanOnThisDevice_TheCodeOpensItAgain()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        var (planUrl, code) = await StartPlanAsync(page, App);

        await page.GoAndWaitAsync(planUrl + "/gegevens");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sluit mijn plan op dit apparaat" }).ClickAsync();

        await page.WaitForPathAsync("^http://127\\.0\\.0\\.1:\\d+/$");
        Assert.Null(await device.PlanCookieAsync());
        await page.GoAndWaitAsync(planUrl + "/huisjes");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dit plan is op dit apparaat niet open" })).ToBeVisibleAsync();

        await page.GoAndWaitAsync(App.Url("/verder"));
        await page.GetByLabel("Je persoonlijke code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open mijn plan" }).ClickAsync();
        await page.WaitForPathAsync("/overzicht$");
    }

    [Fact]
    public async Task DeletePlan_AsksTheCode_EndsOnThePlanDeletedPage_SignedOut_AndTheCodeNoLongerWorks()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await device.NewPageAsync();
        var (planUrl, code) = await StartPlanAsync(page, App);

        await page.GoAndWaitAsync(planUrl + "/gegevens");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verwijder mijn plan" }).ClickAsync();
        await page.WaitForPathAsync("/verwijderen$");
        await page.Locator("input[name=_handler][value=verwijderen]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.AssertAccessibleAsync("plan verwijderen bevestigen");
        // Deleting asks the code again: a wrong one deletes nothing.
        await page.GetByLabel("Je persoonlijke code").FillAsync(code[..^1] + (code[^1] == 'A' ? 'B' : 'A'));
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, verwijder alles" }).ClickAsync();
        await Expect(page.Locator("#code-fout")).ToContainTextAsync("Deze code klopt niet");
        Assert.NotNull(await device.PlanCookieAsync());
        await page.GetByLabel("Je persoonlijke code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, verwijder alles" }).ClickAsync();

        await page.WaitForPathAsync("/plan-verwijderd$");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Je plan is verwijderd" })).ToBeVisibleAsync();
        Assert.Null(await device.PlanCookieAsync());

        await page.GoAndWaitAsync(App.Url("/verder"));
        await page.GetByLabel("Je persoonlijke code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open mijn plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Deze code klopt niet");
    }
}
