using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Start;

/// <summary>A municipality's broken file never takes the app down: the valid ones are still served.</summary>
[Collection(BrowserGroup.Name)]
public sealed class BrokenContentTests(BrowserFixture browser)
{
    [Fact]
    public async Task BrokenMunicipalityFile_AppStillStartsWithTheValidOnes_AndLogsTheProblem()
    {
        var content = Path.Combine(Path.GetTempPath(), "eigenplan-content-" + Guid.NewGuid().ToString("N"));
        CopyDirectory(RepoPaths.Content, content);
        File.WriteAllText(Path.Combine(content, "municipalities", "kapotstad.yaml"), "id: kapotstad\nnaam: [Kapotstad\nformaat: basis\n");

        await using var app = AppServer.Start(contentPath: content);
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        await page.GoAndWaitAsync(app.Url("/"));

        // Voorbeeldstad (the template) is valid but never offered to residents; Almere is.
        await Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Almere" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Radio)).ToHaveCountAsync(1);
        // Loading may finish in the background; give the log a moment.
        for (var i = 0; i < 50 && !app.Logs.Lines.Any(IsTheProblem); i++)
        {
            await Task.Delay(100);
        }
        Assert.Contains(app.Logs.Lines, IsTheProblem);

        static bool IsTheProblem(string line) => line.Contains("kapotstad.yaml:2:", StringComparison.Ordinal);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
