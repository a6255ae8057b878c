namespace EigenPlan.Web.Access;

/// <summary>
/// A coarse, readable name for a browser from its User-Agent ("Chrome op Android", "Safari op iPhone"), shown in
/// <i>Mijn apparaten</i>. Deliberately coarse: no versions, no device models — just enough for a resident to recognise
/// their own phone or laptop. The full User-Agent is never kept.
/// </summary>
public static class DeviceLabel
{
    public static string FromUserAgent(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return "Onbekende browser";
        }
        var browser = Has(userAgent, "Edg/") || Has(userAgent, "EdgA/") || Has(userAgent, "EdgiOS/") ? "Edge"
            : Has(userAgent, "OPR/") || Has(userAgent, "Opera") ? "Opera"
            : Has(userAgent, "SamsungBrowser/") ? "Samsung Internet"
            : Has(userAgent, "Firefox/") || Has(userAgent, "FxiOS/") ? "Firefox"
            : Has(userAgent, "Chrome/") || Has(userAgent, "CriOS/") || Has(userAgent, "Chromium/") ? "Chrome"
            : Has(userAgent, "Safari/") ? "Safari"
            : "Een browser";
        var system = Has(userAgent, "iPhone") ? "iPhone"
            : Has(userAgent, "iPad") ? "iPad"
            : Has(userAgent, "Android") ? "Android"
            : Has(userAgent, "Windows") ? "Windows"
            : Has(userAgent, "CrOS") ? "Chromebook"
            : Has(userAgent, "Macintosh") || Has(userAgent, "Mac OS") ? "Mac"
            : Has(userAgent, "Linux") ? "Linux"
            : null;
        return system is null ? browser : $"{browser} op {system}";
    }

    private static bool Has(string userAgent, string part) => userAgent.Contains(part, StringComparison.Ordinal);
}
