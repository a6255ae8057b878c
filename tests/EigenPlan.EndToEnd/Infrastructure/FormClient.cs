using System.Net;
using System.Text.RegularExpressions;

namespace EigenPlan.EndToEnd.Infrastructure;

/// <summary>
/// A plain HTTP client (own cookies, no script) that posts the app's static forms as a browser would: it opens the
/// page for the antiforgery token first. <see cref="ForwardedFor"/> makes it one client behind a proxy: the app (with
/// loopback as a known proxy) then counts it by that address.
/// </summary>
public sealed partial class FormClient : IDisposable
{
    private readonly HttpClient _http;

    public FormClient(AppServer app, string? forwardedFor = null)
        : this(app.BaseUrl, forwardedFor)
    {
    }

    /// <summary>A client of the app at <paramref name="baseUrl"/> (e.g. one of several instances).</summary>
    public FormClient(string baseUrl, string? forwardedFor = null)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
        ForwardedFor = forwardedFor;
    }

    /// <summary>The same client (cookies and address) at another instance of the app.</summary>
    public FormClient At(string baseUrl) => new(baseUrl, ForwardedFor, Cookies);

    private FormClient(string baseUrl, string? forwardedFor, CookieContainer cookies)
    {
        Cookies = cookies;
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
        ForwardedFor = forwardedFor;
    }

    public CookieContainer Cookies { get; }

    public string? ForwardedFor { get; }

    public Task<HttpResponseMessage> GetAsync(string path) => _http.SendAsync(Request(HttpMethod.Get, path));

    /// <summary>Opens the form's page, then posts the form <paramref name="formName"/> with these fields.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, string formName, IDictionary<string, string>? fields = null)
    {
        using var page = await GetAsync(path);
        var html = await page.Content.ReadAsStringAsync();
        var token = AntiforgeryToken().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {path} ({(int)page.StatusCode}).");
        var request = Request(HttpMethod.Post, path);
        request.Content = new FormUrlEncodedContent(new Dictionary<string, string>(fields ?? new Dictionary<string, string>())
        {
            ["_handler"] = formName,
            ["__RequestVerificationToken"] = token,
        });
        return await _http.SendAsync(request);
    }

    public Cookie? Cookie(string name) => Cookies.GetAllCookies().FirstOrDefault(c => c.Name == name);

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        if (ForwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", ForwardedFor);
        }
        return request;
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
