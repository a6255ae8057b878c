using System.Text.Json;
using Microsoft.Playwright;

namespace EigenPlan.EndToEnd.Infrastructure;

/// <summary>Helpers that make the tests read like what a resident does.</summary>
public static class PageExtensions
{
    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(RepoPaths.Axe));

    /// <summary>
    /// Waits until the URL matches. Polls instead of waiting for a navigation event: Blazor moves between pages
    /// inside the document, and an event-based wait can miss a navigation that happens while it starts listening.
    /// </summary>
    public static Task WaitForPathAsync(this IPage page, string pattern) =>
        Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(pattern), new() { Timeout = 30_000 });

    /// <summary>Opens a page and waits until it takes input (see <see cref="WaitForInteractiveAsync"/>).</summary>
    public static async Task GoAndWaitAsync(this IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>
    /// Waits until the page takes input: an interactive page once its Blazor circuit runs (input typed before that is
    /// lost), a static form page (start, continue, staff sign-in) at once.
    /// </summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("#app-state[data-ready=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>
    /// Waits for the calm "Opgeslagen" state after typing: exactly that text ("Nog niet opgeslagen — …" and "Niet
    /// opgeslagen: …" contain the word too).
    /// </summary>
    public static Task WaitForSavedAsync(this IPage page) =>
        Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^Opgeslagen$") }))
            .ToBeVisibleAsync(new() { Timeout = 10_000 });

    public static async Task ScreenshotAsync(this IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Output("screenshots"), name + ".png"), FullPage = true });

    /// <summary>Runs axe-core (WCAG 2.0/2.1 A and AA) on the page and fails with a readable list of violations.</summary>
    public static async Task AssertAccessibleAsync(this IPage page, string pageName)
    {
        if (await page.EvaluateAsync<bool>("() => typeof window.axe === 'undefined'"))
        {
            // Evaluated through the DevTools protocol, so the app's strict CSP (no inline scripts) stays on in tests.
            await page.EvaluateAsync(AxeSource.Value);
        }
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => { const r = await axe.run(document, { runOnly: ['wcag2a','wcag2aa','wcag21a','wcag21aa'] });" +
            " return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) })); }");
        var violations = result.EnumerateArray().Select(v =>
            $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()} at " +
            string.Join(", ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()))).ToList();
        Assert.True(violations.Count == 0, $"axe-core found problems on {pageName}:\n" + string.Join("\n", violations));
    }
}
