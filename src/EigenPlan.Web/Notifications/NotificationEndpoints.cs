using EigenPlan.Core.Notifications;

namespace EigenPlan.Web.Notifications;

/// <summary>
/// The unsubscribe link from the e-mail: <c>GET /samen/afmelden/{token}</c> shows one button (a link checker that opens
/// the link changes nothing); <c>POST</c> to <c>…/een-klik</c> turns e-mail off and deletes the address — from that button,
/// or straight from a mail program (<c>List-Unsubscribe-Post</c>, RFC 8058). No sign-in: the signed token is the proof.
/// </summary>
public static class NotificationEndpoints
{
    public const string UnsubscribedPath = "/samen/afgemeld";

    public static IEndpointRouteBuilder MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        // A mail program posts without the page's antiforgery token; the unguessable token in the path is the proof.
        app.MapPost("/samen/afmelden/{token}/een-klik", async (string token, HttpContext context, INotificationStore store) =>
        {
            await store.UnsubscribeAsync(token);
            var fromMailProgram = context.Request.HasFormContentType
                && (await context.Request.ReadFormAsync()).TryGetValue("List-Unsubscribe", out var value) && value == "One-Click";
            // The same answer whether the token was valid or not: nothing to learn from it.
            return fromMailProgram ? Results.Text("Afgemeld.", "text/plain; charset=utf-8") : Results.Redirect(UnsubscribedPath);
        }).DisableAntiforgery();
        return app;
    }
}
