namespace EigenPlan.Core.Content;

/// <summary>Rules about contact details that pages and the booklet share.</summary>
public static class ContactRules
{
    // The domains reserved for examples (RFC 2606 and the Dutch registry's own example.nl): they lead nowhere.
    private static readonly string[] PlaceholderDomains = ["example.nl", "example.org", "example.com", "example.net"];
    private static readonly string[] PlaceholderTopLevels = ["example", "invalid", "test", "localhost"];

    /// <summary>
    /// True when <paramref name="urlOrEmail"/> is a web address or e-mail address on a domain reserved for examples
    /// (<c>example.nl</c>, <c>example.org</c>, <c>example.com</c>, <c>example.net</c>, any subdomain of those, or a
    /// reserved top-level domain such as <c>.example</c>). Such an address is sample data: show it as plain text, never
    /// as a link a resident could follow. Anything that is not recognisably an address gives false.
    /// </summary>
    public static bool IsPlaceholder(string? urlOrEmail)
    {
        if (string.IsNullOrWhiteSpace(urlOrEmail))
        {
            return false;
        }

        var host = HostOf(urlOrEmail.Trim());
        if (host is null)
        {
            return false;
        }

        host = host.TrimEnd('.').ToLowerInvariant();
        foreach (var domain in PlaceholderDomains)
        {
            if (host == domain || host.EndsWith("." + domain, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var lastDot = host.LastIndexOf('.');
        return PlaceholderTopLevels.Contains(lastDot < 0 ? host : host[(lastDot + 1)..]);
    }

    private static string? HostOf(string value)
    {
        if (value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            value = value["mailto:".Length..];
        }

        var at = value.LastIndexOf('@');
        if (at > 0 && !value.Contains("://", StringComparison.Ordinal))
        {
            var domain = value[(at + 1)..];
            var end = domain.IndexOfAny(['?', '>', ' ']);
            return end < 0 ? domain : domain[..end];
        }

        if (!value.Contains("://", StringComparison.Ordinal))
        {
            value = "https://" + value; // "www.example.nl/pagina" without a scheme
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : null;
    }
}
