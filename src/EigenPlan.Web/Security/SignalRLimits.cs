using EigenPlan.Core.Plans;

namespace EigenPlan.Web.Security;

/// <summary>
/// How large one message from the browser may be. The largest thing a resident sends is an answer of
/// <see cref="PlanLimits.MaxTextLength"/> UTF-16 characters, and with <c>@bind:event="oninput"</c> the browser sends the
/// whole text on every keystroke, twice: as the event's value and as the bound field's value. Each is JSON text made by
/// the browser's <c>JSON.stringify</c>, which writes most characters as 1–3 bytes of UTF-8 (a surrogate pair as 4 bytes
/// for 2 characters) but control characters and lone surrogates as <c>\uXXXX</c>: at most 6 bytes per character. So the
/// worst allowed answer is 2 × 20,000 × 6 = 240,000 bytes, plus a few hundred bytes of envelope (event and handler ids,
/// names). Anything larger is not something the pages can send, and SignalR closes the connection.
/// (A drawing stroke is 12 bytes per point at most: a single stroke would need ~20,000 points to come near.)
/// </summary>
public static class SignalRLimits
{
    public const int WorstBytesPerCharacter = 6;

    /// <summary>The value travels twice per input event (event arguments and the bound field).</summary>
    public const int CopiesPerMessage = 2;

    /// <summary>Room for the message's envelope.</summary>
    public const int EnvelopeBytes = 4 * 1024;

    /// <summary>244,096 bytes.</summary>
    public const long MaxMessageBytes = (long)CopiesPerMessage * PlanLimits.MaxTextLength * WorstBytesPerCharacter + EnvelopeBytes;
}
