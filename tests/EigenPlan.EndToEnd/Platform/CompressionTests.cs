using System.Net;
using EigenPlan.EndToEnd.Infrastructure;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;

namespace EigenPlan.EndToEnd.Platform;

/// <summary>
/// HTML is compressed on resident pages, also behind nginx (HTTPS), and never on the page that shows the personal code
/// (BREACH, see HtmlCompression).
/// </summary>
public sealed class CompressionTests(BrowserFixture browser) : AppTest(browser)
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task StartPage_IsCompressed_OverHttpAndBehindTheProxy(string encoding)
    {
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });

        foreach (var proto in new[] { null, "https" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, App.Url("/"));
            request.Headers.Add("Accept-Encoding", encoding);
            if (proto is not null)
            {
                request.Headers.Add("X-Forwarded-Proto", proto);
            }
            using var response = await http.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
        }
    }

    [Fact]
    public async Task CodePage_IsNeverCompressed_PlanPagesAre()
    {
        await using var device = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var (planUrl, _) = await StartPlanAsync(await device.NewPageAsync(), App);
        var cookies = string.Join("; ", (await device.CookiesAsync()).Select(c => $"{c.Name}={c.Value}"));
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None, UseCookies = false });

        async Task<string[]> EncodingOf(string url)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("Accept-Encoding", "br, gzip");
            request.Headers.Add("Cookie", cookies);
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            return [.. response.Content.Headers.ContentEncoding];
        }

        Assert.Empty(await EncodingOf(planUrl + "/code"));
        Assert.Equal(["br"], await EncodingOf(planUrl + "/huisjes"));
    }
}
