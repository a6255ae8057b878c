using System.Text.RegularExpressions;
using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Wizard;

/// <summary>Steps a resident takes, shared by the journey tests.</summary>
internal static partial class ResidentJourney
{
    /// <summary>From the start page to an open plan; returns the plan's base URL and the personal code.</summary>
    public static Task<(string PlanUrl, string Code)> StartPlanAsync(IPage page, AppServer app, string name = "Sanne de Vries",
        bool checkAccessibility = false, bool sharedComputer = false) =>
        StartPlanAsync(page, app.BaseUrl, name, checkAccessibility, sharedComputer);

    /// <inheritdoc cref="StartPlanAsync(IPage, AppServer, string, bool, bool)"/>
    public static async Task<(string PlanUrl, string Code)> StartPlanAsync(IPage page, string baseUrl, string name = "Sanne de Vries",
        bool checkAccessibility = false, bool sharedComputer = false)
    {
        await page.GoAndWaitAsync(baseUrl + "/");
        if (checkAccessibility)
        {
            await page.AssertAccessibleAsync("de beginpagina");
        }
        await page.GetByRole(AriaRole.Radio, new() { Name = "Almere" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start mijn plan" }).ClickAsync();
        await page.WaitForPathAsync("/nieuw/almere$");
        await page.WaitForInteractiveAsync();
        if (checkAccessibility)
        {
            await page.AssertAccessibleAsync("start je plan");
        }
        await page.GetByLabel("Je naam").FillAsync(name);
        await page.GetByLabel("Je leeftijd").FillAsync("47");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Met hulp van een cliëntondersteuner" }).CheckAsync();
        await page.GetByLabel("Naam van de cliëntondersteuner").FillAsync("Ahmed Yilmaz");
        if (sharedComputer)
        {
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "Dit is een gedeelde computer" }).CheckAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Start mijn plan" }).ClickAsync();

        await page.WaitForPathAsync("/plan/[0-9A-Z]{6}/code$");
        await page.WaitForInteractiveAsync();
        var code = (await page.Locator("#persoonlijke-code").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$", code);
        var planUrl = PlanUrlPattern().Match(page.Url).Value;
        return (planUrl, code);
    }

    /// <summary>Opens the plan on another device by typing the code on <c>/verder</c>; returns when the overview is open.</summary>
    public static Task ContinueWithCodeAsync(IPage page, AppServer app, string code, bool sharedComputer = false) =>
        ContinueWithCodeAsync(page, app.BaseUrl, code, sharedComputer);

    /// <inheritdoc cref="ContinueWithCodeAsync(IPage, AppServer, string, bool)"/>
    public static async Task ContinueWithCodeAsync(IPage page, string baseUrl, string code, bool sharedComputer = false)
    {
        await page.GoAndWaitAsync(baseUrl + "/verder");
        await page.GetByLabel("Je persoonlijke code").FillAsync(code);
        if (sharedComputer)
        {
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "Dit is een gedeelde computer" }).CheckAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Open mijn plan" }).ClickAsync();
        await page.WaitForPathAsync("/overzicht$");
        await page.WaitForInteractiveAsync();
    }

    public static ILocator Smileys(IPage page, string topicTitle) =>
        page.GetByRole(AriaRole.Radiogroup, new() { Name = topicTitle, Exact = true });

    public static async Task TypeAnswerAsync(IPage page, string label, string text)
    {
        var box = page.GetByLabel(label, new() { Exact = true });
        await box.FillAsync(text);
        await Expect(box).ToHaveValueAsync(text);
    }

    [GeneratedRegex("^.*/plan/[0-9A-Z]{6}")]
    private static partial Regex PlanUrlPattern();
}
