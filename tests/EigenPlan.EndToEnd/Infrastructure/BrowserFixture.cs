using Microsoft.Playwright;

namespace EigenPlan.EndToEnd.Infrastructure;

/// <summary>One Debian Chromium for the whole run (Playwright never downloads a browser here).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>A fresh browser profile: a new "device" with no cookies (optionally with JavaScript switched off).</summary>
    public async Task<IBrowserContext> NewDeviceAsync(ViewportSize viewport, bool javaScriptEnabled = true)
    {
        var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = viewport,
            JavaScriptEnabled = javaScriptEnabled,
            AcceptDownloads = true,
            Locale = "nl-NL",
            HasTouch = viewport.Width < 600,
            IsMobile = false,
        });
        context.SetDefaultTimeout(20_000);
        context.SetDefaultNavigationTimeout(30_000);
        // Browser errors go to a file next to the screenshots: the first place to look when a test fails.
        context.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                File.AppendAllText(Path.Combine(RepoPaths.Output("logs"), "browser-console.log"),
                    $"{DateTime.UtcNow:O} {message.Type}: {message.Text} ({message.Location})\n");
            }
        };
        return context;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserGroup : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
