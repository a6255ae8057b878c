using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web.Hosting;

/// <summary>
/// Compresses the HTML of the pages a resident opens most (a third of the bytes on a slow phone network), and only
/// those. Static files (CSS, JS) are served pre-compressed by the static assets and fonts are WOFF2 already.
/// </summary>
/// <remarks>
/// BREACH reads a secret from the size of compressed responses that also reflect text an attacker chose, over many
/// requests the attacker makes the victim's browser send. What keeps the listed pages safe:
/// <list type="bullet">
/// <item>Public pages (start, verder, nieuw) hold no lasting secret: their antiforgery token and Blazor's component
/// markers are encrypted anew (random IV) for every response, so no two responses share them.</item>
/// <item>Plan pages need the sign-in cookie, which is <c>SameSite=Strict</c>: a request another site starts carries no
/// cookie and gets no plan, so an attacker cannot make the victim's browser fetch them.</item>
/// <item>Everything else is sent uncompressed, whatever it holds: the personal code page and "Nieuwe code maken" (the
/// code itself), invitations and shared plans (their cookie is <c>SameSite=Lax</c>), staff pages, downloads. A new
/// page stays uncompressed until it is added here on purpose.</item>
/// </list>
/// </remarks>
public static class HtmlCompression
{
    private static readonly string[] PlanPages = ["huisjes", "onderwerp", "vrije-ruimte", "overzicht", "mijn-plan"];

    private static readonly string[] PublicPages = ["/", "/verder", "/privacy", "/niet-gevonden", "/plan-verwijderd"];

    /// <summary>True for the pages whose HTML may be compressed (see the remarks on why these are safe).</summary>
    public static bool Allows(PathString path)
    {
        var value = path.Value ?? "/";
        if (PublicPages.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        var segments = value.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments switch
        {
            ["nieuw", _] => true,
            ["plan", _, var page, ..] => segments.Length <= 4 && PlanPages.Contains(page, StringComparer.OrdinalIgnoreCase),
            _ => false,
        };
    }

    /// <summary>Brotli or gzip (fastest level) for <c>text/html</c> on the allowed pages, over HTTP and HTTPS alike.</summary>
    public static IServiceCollection AddEigenPlanHtmlCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // Behind nginx the request is HTTPS (X-Forwarded-Proto); the page list above is what keeps it safe.
            options.EnableForHttps = true;
            options.MimeTypes = ["text/html"];
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, PageListCompressionProvider>();
        return services;
    }
}

/// <summary>The framework's choice (Accept-Encoding, MIME type), limited to <see cref="HtmlCompression.Allows"/>.</summary>
public sealed class PageListCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context) =>
        HtmlCompression.Allows(context.Request.Path) && base.ShouldCompressResponse(context);
}
