namespace EigenPlan.Web.Security;

/// <summary>The headers every response gets, and the ones that keep plans out of caches.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// One policy for every response. <c>connect-src 'self'</c> covers the app's own WebSocket (same host and port, ws
    /// or wss) in current browsers; nothing else may be reached. Blazor's own <c>frame-ancestors</c> header is switched
    /// off where the interactive render mode is mapped, so this is the only policy.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
        "connect-src 'self'; font-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>Paths whose responses hold a plan, an invitation or staff data: never stored by a browser or proxy.</summary>
    public static bool IsPrivate(PathString path) =>
        path.StartsWithSegments("/plan") || path.StartsWithSegments("/samen") || path.StartsWithSegments("/beheer");

    public static IApplicationBuilder UseEigenPlanSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            // Plan and invitation links must never leak to other sites through the Referer header.
            headers["Referrer-Policy"] = "no-referrer";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            if (IsPrivate(context.Request.Path))
            {
                // Pages and downloads of a plan: a shared computer's next user must not find them in the cache. Set as
                // the response starts, so nothing later in the pipeline can loosen it.
                context.Response.OnStarting(() =>
                {
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                    return Task.CompletedTask;
                });
            }
            if (context.Request.Path.StartsWithSegments("/beheer"))
            {
                headers["X-Robots-Tag"] = "noindex, nofollow";
            }
            await next();
        });
}
