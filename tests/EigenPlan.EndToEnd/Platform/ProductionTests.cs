using System.Net;
using System.Text.Json;
using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;

namespace EigenPlan.EndToEnd.Platform;

/// <summary>
/// The app as a municipality runs it: the <c>dotnet publish</c> output started in Production with only a port and a
/// data folder (the bundled content is published with it), and the build output started in Production, both serve the
/// interactive pages; the health endpoints answer; logs come as JSON lines when asked.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ProductionTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "eigenplan-data-" + Guid.NewGuid().ToString("N"));
    private string? _published;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        foreach (var folder in new[] { _published, _data }.OfType<string>().Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
        return Task.CompletedTask;
    }

    [Fact]
    public async Task PublishedApp_InProduction_ServesTheStartFormAndThePlanInteractively_WithJsonLogs()
    {
        _published = await AppProcess.PublishAsync();
        Assert.True(File.Exists(Path.Combine(_published, "content", "formats", "basis.yaml")), "the bundled content is published with the app");
        await using var app = await AppProcess.StartAsync(_published, workingDirectory: _published, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Storage__DatabasePath"] = Path.Combine(_data, "eigenplan.db"),
            ["Logging__Console__FormatterName"] = "json",
        });
        using var http = new HttpClient();

        await AssertServesAsync(http, app);
        await using var device = await browser.NewDeviceAsync(BrowserFixture.Phone);
        var page = await device.NewPageAsync();
        await page.GoAndWaitAsync(app.Url("/nieuw/almere"));
        await page.GetByLabel("Je naam").FillAsync("Productie Proef");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start mijn plan" }).ClickAsync();
        await page.WaitForPathAsync("/plan/[0-9A-Z]{4,}/code$");
        await page.GotoAsync(page.Url.Replace("/code", "/huisjes/geldzaken", StringComparison.Ordinal));
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Radiogroup).First.GetByRole(AriaRole.Radio).First.CheckAsync();
        await page.WaitForSavedAsync();

        // Data and cookie keys went to the data folder; every console line is one JSON object without plan content.
        Assert.True(File.Exists(Path.Combine(_data, "eigenplan.db")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_data, "dataprotection-keys")));
        var lines = app.Output.ToList();
        Assert.Contains(lines, l => l.Contains("\"Category\":\"Microsoft.Hosting.Lifetime\"", StringComparison.Ordinal));
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            Assert.True(json.RootElement.TryGetProperty("LogLevel", out _), line);
        }
        Assert.DoesNotContain(lines, l => l.Contains("Productie Proef", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BuildOutput_InProduction_ServesBlazorsScript()
    {
        // As `dotnet run --no-launch-profile` with ASPNETCORE_ENVIRONMENT=Production, from another folder.
        Directory.CreateDirectory(_data);
        await using var app = await AppProcess.StartAsync(AppProcess.BuildOutput, workingDirectory: _data, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
        });
        using var http = new HttpClient();

        await AssertServesAsync(http, app);
    }

    private static async Task AssertServesAsync(HttpClient http, AppProcess app)
    {
        using var start = await http.GetAsync(app.Url("/"));
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.Contains("Mijn Eigen Plan", await start.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var script = await http.GetAsync(app.Url("/_framework/blazor.web.js"));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        using var live = await http.GetAsync(app.Url("/health/live"));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        // Ready once the content finished loading in the background.
        var ready = HttpStatusCode.ServiceUnavailable;
        for (var i = 0; i < 50 && ready != HttpStatusCode.OK; i++)
        {
            using var answer = await http.GetAsync(app.Url("/health/ready"));
            ready = answer.StatusCode;
            if (ready != HttpStatusCode.OK)
            {
                await Task.Delay(100);
            }
        }
        Assert.Equal(HttpStatusCode.OK, ready);
    }
}
