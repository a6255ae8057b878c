using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Wizard;

/// <summary>A phone and a laptop on one plan at the same time never overwrite each other's words (issue 12).</summary>
public sealed class TwoDevicesTests(BrowserFixture browser) : AppTest(browser)
{
    private const string Topic = "/onderwerp/gezondheid.lichaam";

    /// <summary>The plan open on a phone and a laptop, both on the same topic page, both from the same stored version.</summary>
    private async Task<(IPage Phone, IPage Laptop, string PlanUrl, IAsyncDisposable[] Devices)> BothOnTheTopicAsync()
    {
        var phone = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var phonePage = await phone.NewPageAsync();
        var (planUrl, code) = await StartPlanAsync(phonePage, App);
        var laptop = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var laptopPage = await laptop.NewPageAsync();
        await ContinueWithCodeAsync(laptopPage, App, code);
        await phonePage.GoAndWaitAsync(planUrl + Topic);
        await laptopPage.GoAndWaitAsync(planUrl + Topic);
        return (phonePage, laptopPage, planUrl, [phone, laptop]);
    }

    [Fact]
    public async Task TypingInDifferentAnswers_BothAreKept()
    {
        var (phone, laptop, planUrl, devices) = await BothOnTheTopicAsync();
        try
        {
            await TypeAnswerAsync(phone, "Hoe gaat het nu?", "Mijn rug doet pijn.");
            await phone.WaitForSavedAsync();
            await TypeAnswerAsync(laptop, "Wat wil ik?", "Weer kunnen fietsen.");
            await laptop.WaitForSavedAsync();

            // The laptop's page now also shows what the phone typed, and no notice: nothing was typed twice.
            await Expect(laptop.GetByLabel("Hoe gaat het nu?", new() { Exact = true })).ToHaveValueAsync("Mijn rug doet pijn.");
            await Expect(laptop.GetByText("allebei de teksten bewaard")).ToHaveCountAsync(0);
            await phone.GoAndWaitAsync(planUrl + Topic);
            await Expect(phone.GetByLabel("Hoe gaat het nu?", new() { Exact = true })).ToHaveValueAsync("Mijn rug doet pijn.");
            await Expect(phone.GetByLabel("Wat wil ik?", new() { Exact = true })).ToHaveValueAsync("Weer kunnen fietsen.");
        }
        finally
        {
            foreach (var device in devices)
            {
                await device.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task TypingInTheSameAnswer_KeepsBothTexts_AndSaysSo()
    {
        var (phone, laptop, planUrl, devices) = await BothOnTheTopicAsync();
        try
        {
            await TypeAnswerAsync(phone, "Hoe gaat het nu?", "Getypt op de telefoon.");
            await phone.WaitForSavedAsync();
            await TypeAnswerAsync(laptop, "Hoe gaat het nu?", "Getypt op de laptop.");
            await laptop.WaitForSavedAsync();

            await Expect(laptop.GetByText("allebei de teksten bewaard")).ToBeVisibleAsync();
            var both = laptop.GetByLabel("Hoe gaat het nu?", new() { Exact = true });
            await Expect(both).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Getypt op de telefoon\\.\\s+— Tweede versie .*—\\s+Getypt op de laptop\\.$"));
            await laptop.AssertAccessibleAsync("onderwerp met de melding over twee teksten");

            await phone.GoAndWaitAsync(planUrl + Topic);
            var stored = await phone.GetByLabel("Hoe gaat het nu?", new() { Exact = true }).InputValueAsync();
            Assert.Contains("Getypt op de telefoon.", stored, StringComparison.Ordinal);
            Assert.Contains("Getypt op de laptop.", stored, StringComparison.Ordinal);

            await laptop.GetByRole(AriaRole.Button, new() { Name = "Begrepen" }).ClickAsync();
            await Expect(laptop.GetByText("allebei de teksten bewaard")).ToHaveCountAsync(0);
        }
        finally
        {
            foreach (var device in devices)
            {
                await device.DisposeAsync();
            }
        }
    }
}
