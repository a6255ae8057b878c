using System.Net;
using System.Net.Http.Headers;
using EigenPlan.EndToEnd.Infrastructure;
using EigenPlan.Web.Endpoints;
using Microsoft.Extensions.DependencyInjection;

namespace EigenPlan.EndToEnd.Platform;

/// <summary>The blank booklet is rendered once per municipality and content version, and answers If-None-Match with 304.</summary>
[Collection(BrowserGroup.Name)]
public sealed class BlankBookletTests : IAsyncLifetime
{
    private AppServer app = default!;

    public Task InitializeAsync()
    {
        app = AppServer.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task BlankBooklet_HasAStrongETag_IsRenderedOnce_AndAnswersIfNoneMatchWith304()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var cache = app.Services.GetRequiredService<BlankBookletCache>();

        using var first = await http.GetAsync("/boekje/leeg/almere");
        var etag = first.Headers.ETag;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/pdf", first.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        var pdf = await first.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);

        using var second = await http.GetAsync("/boekje/leeg/almere");
        Assert.Equal(etag, second.Headers.ETag);
        Assert.Equal(pdf, await second.Content.ReadAsByteArrayAsync());

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/boekje/leeg/almere");
        conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        using var notModified = await http.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        Assert.Equal(1, cache.Renders);
        using var other = await http.GetAsync("/boekje/leeg/voorbeeldstad");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.NotEqual(etag, other.Headers.ETag);
        Assert.Equal(2, cache.Renders);
    }

    [Fact]
    public async Task ChangedSocialMap_IsANewVersion_RenderedAgainWithANewETag()
    {
        var content = Path.Combine(Path.GetTempPath(), "eigenplan-e2e-content-" + Guid.NewGuid().ToString("N"));
        Staff.StaffPreviewTests.CopyDirectory(RepoPaths.Content, content);
        try
        {
            await using var live = AppServer.Start(contentPath: content, settings: new Dictionary<string, string?> { ["Content:ReloadInterval"] = "00:00:00.2" });
            using var http = new HttpClient { BaseAddress = new Uri(live.BaseUrl) };
            using var before = await http.GetAsync("/boekje/leeg/almere");
            var file = Path.Combine(content, "municipalities", "almere.yaml");

            await File.WriteAllTextAsync(file, Staff.StaffPreviewTests.WithEntry(await File.ReadAllTextAsync(file), "taalcafe-de-brug", "Taalcafé De Brug", "2026-06-01"));

            EntityTagHeaderValue? after = before.Headers.ETag;
            for (var i = 0; i < 50 && Equals(after, before.Headers.ETag); i++)
            {
                await Task.Delay(200);
                using var again = await http.GetAsync("/boekje/leeg/almere");
                after = again.Headers.ETag;
            }
            Assert.NotEqual(before.Headers.ETag, after);
            Assert.Equal(2, live.Services.GetRequiredService<BlankBookletCache>().Renders);
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }

    [Fact]
    public async Task UnknownMunicipality_IsNotFound()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };

        using var response = await http.GetAsync("/boekje/leeg/bestaat-niet");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
