using System.Text.RegularExpressions;
using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Languages;

/// <summary>Starting a plan in another language, as a resident does it, for every test that needs a plan in that language.</summary>
internal static partial class LanguageStart
{
    /// <summary>Chooses the language on the start page, starts a plan for Almere and goes on to the houses; returns the plan's URL and code. The page's <c>lang</c> and <c>dir</c> are checked at each step.</summary>
    public static async Task<(string PlanUrl, string Code)> StartPlanInAsync(IPage page, AppServer app, LanguageWords words)
    {
        await page.GoAndWaitAsync(app.Url("/"));
        if (words.Code != "nl")
        {
            await page.GetByRole(AriaRole.Button, new() { Name = words.NativeName }).ClickAsync();
        }
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(words.StartHeading);
        await page.WaitForInteractiveAsync();
        await AssertLanguageAsync(page, words.Code, words.Direction);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = words.NativeName })).ToHaveAttributeAsync("aria-pressed", "true");

        await page.GetByRole(AriaRole.Radio, new() { Name = "Almere" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = words.StartButton }).ClickAsync();
        await page.WaitForPathAsync("/nieuw/almere$");
        await page.WaitForInteractiveAsync();
        await AssertLanguageAsync(page, words.Code, words.Direction);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(words.NewPlanHeading);
        await page.GetByLabel(words.NameLabel, new() { Exact = true }).FillAsync("Sam");
        await page.GetByRole(AriaRole.Button, new() { Name = words.StartButton }).ClickAsync();

        await page.WaitForPathAsync("/plan/[0-9A-Z]{6}/code$");
        await page.WaitForInteractiveAsync();
        await AssertLanguageAsync(page, words.Code, words.Direction);
        var code = (await page.Locator("#persoonlijke-code").InnerTextAsync()).Trim();
        var planUrl = PlanUrl().Match(page.Url).Value;
        await page.GetByRole(AriaRole.Link, new() { Name = words.CodeKept }).ClickAsync();
        await page.WaitForPathAsync("/huisjes$");
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(words.HousesHeading);
        return (planUrl, code);
    }

    public static async Task AssertLanguageAsync(IPage page, string code, string direction)
    {
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", code);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", direction);
    }

    [GeneratedRegex("^.*/plan/[0-9A-Z]{6}")]
    private static partial Regex PlanUrl();
}
