using System.Globalization;
using EigenPlan.Core.Plans;
using EigenPlan.Web.State;
using Microsoft.AspNetCore.Antiforgery;

namespace EigenPlan.Web.Endpoints;

/// <summary>
/// The calendar reminder for the conversation (<c>.ics</c>), under the plan and behind the resident's sign-in. A form
/// post with an antiforgery token, so what the resident typed (the place) never lands in a URL, a log or a history;
/// the answer is a download that no cache keeps. The file holds only the date, time and place: nothing from the plan.
/// </summary>
public static class ConversationReminderEndpoints
{
    public const string DateField = "datum";
    public const string TimeField = "tijd";
    public const string PlaceField = "plaats";

    public static string Path(string planId) => $"/plan/{Uri.EscapeDataString(planId)}/gesprek.ics";

    public static IEndpointRouteBuilder MapConversationReminderEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/plan/{planId}/gesprek.ics", async (string planId, HttpContext context, IAntiforgery antiforgery, PlanAccess access, TimeProvider time) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }
            if (await access.OpenAsync(context.User, planId) is null)
            {
                return Results.Redirect("/verder");
            }
            var form = await context.Request.ReadFormAsync();
            if (Read(form) is not { } appointment
                || ConversationReminder.Check(appointment, DateOnly.FromDateTime(time.GetLocalNow().DateTime)) is not null)
            {
                // The page checks the same rule before it offers the button: this is a hand-made request.
                return Results.BadRequest();
            }
            context.Response.Headers.CacheControl = "no-store";
            return Results.File(ConversationReminder.ToUtf8(appointment, time.GetUtcNow()), ConversationReminder.ContentType, ConversationReminder.FileName);
        });
        return app;
    }

    private static ConversationAppointment? Read(IFormCollection form)
    {
        if (!DateOnly.TryParseExact(form[DateField].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }
        TimeOnly? at = null;
        var timeText = form[TimeField].ToString();
        if (timeText.Length > 0)
        {
            if (!TimeOnly.TryParseExact(timeText, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return null;
            }
            at = parsed;
        }
        return new ConversationAppointment { Date = date, Time = at, Place = form[PlaceField].ToString() };
    }
}
