namespace EigenPlan.EndToEnd.Infrastructure;

/// <summary>A test class with its own app (own database) and the shared browser.</summary>
[Collection(BrowserGroup.Name)]
public abstract class AppTest(BrowserFixture browser) : IAsyncLifetime
{
    protected BrowserFixture Browser { get; } = browser;

    protected AppServer App { get; private set; } = default!;

    public Task InitializeAsync()
    {
        App = AppServer.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
