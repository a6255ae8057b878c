namespace EigenPlan.Core.Notifications;

/// <summary>
/// The e-mails the app sends, the same for every plan. The digest (<see cref="Compose"/>) says only that something
/// changed; the evaluation notice (<see cref="ComposeEvaluationComing"/>) only that a <i>samen terugkijken</i> moment is
/// coming up and in how many days. Both say why the person gets it and how to stop — no name, no goal, no message, no
/// colour, not even which plan. The link goes to the start of the invited person's view (by invitation id; it opens
/// only in the browser that opened the invitation, so it carries no token). B1 Dutch.
/// </summary>
public sealed record NotificationMessage(string Subject, string Body, Uri PlanLink, Uri UnsubscribeLink)
{
    public const string SubjectText = "Er is iets veranderd in jullie plan";

    /// <summary>The subject of the evaluation notice.</summary>
    public const string EvaluationSubjectText = "Binnenkort kijken jullie samen terug";

    /// <param name="siteUrl">The site's public address, e.g. <c>https://eigenplan.gemeente.nl/</c>.</param>
    /// <param name="invitationId">The invitation the person opted in for.</param>
    /// <param name="unsubscribeToken">From <see cref="NotificationKey.UnsubscribeToken"/>.</param>
    public static NotificationMessage Compose(Uri siteUrl, string invitationId, string unsubscribeToken) =>
        Framed(siteUrl, invitationId, unsubscribeToken, SubjectText,
            ["Er is iets veranderd in jullie plan.", "Kijk op de website wat er nieuw is:"],
            ["Waarom krijg je deze e-mail? Je hebt gevraagd om een e-mail als er iets verandert in een plan waaraan je meedoet.",
             "Je krijgt hooguit één e-mail per dag. Alleen als iets op rood komt te staan, sturen we er eerder een."]);

    /// <summary>
    /// The notice a few days before a <i>samen terugkijken</i> moment the person joins: "over 3 dagen", "morgen" or
    /// "vandaag", and the link — not the date, not who joins, not what it is about.
    /// </summary>
    /// <param name="siteUrl">The site's public address.</param>
    /// <param name="invitationId">The invitation the person opted in for.</param>
    /// <param name="unsubscribeToken">From <see cref="NotificationKey.UnsubscribeToken"/>.</param>
    /// <param name="daysLeft">From <see cref="EvaluationNotices.DaysLeft"/>.</param>
    public static NotificationMessage ComposeEvaluationComing(Uri siteUrl, string invitationId, string unsubscribeToken, int daysLeft)
    {
        var when = daysLeft switch
        {
            <= 0 => "Vandaag",
            1 => "Morgen",
            _ => $"Over {daysLeft} dagen",
        };
        return Framed(siteUrl, invitationId, unsubscribeToken, EvaluationSubjectText,
            [$"{when} kijken jullie samen terug.", "Kijk op de website wanneer het is en wie er meedoen:"],
            ["Waarom krijg je deze e-mail? Je doet mee aan een moment om samen terug te kijken. En je hebt gevraagd om een e-mail als er iets is in een plan waaraan je meedoet.",
             "Je krijgt deze herinnering één keer per moment."]);
    }

    // Every notice has the same frame — greeting, the plan link, what to do when it fails, why it came, one-click
    // unsubscribe, signature — so what a notice may say is written in one place: only its own two short parts differ.
    private static NotificationMessage Framed(Uri siteUrl, string invitationId, string unsubscribeToken, string subject,
        string[] news, string[] why)
    {
        ArgumentNullException.ThrowIfNull(siteUrl);
        var plan = new Uri(siteUrl, $"samen/uitnodiging/{Uri.EscapeDataString(invitationId)}");
        var unsubscribe = UnsubscribeUri(siteUrl, unsubscribeToken);
        var body = string.Join("\r\n",
        [
            "Hallo,",
            "",
            .. news,
            plan.AbsoluteUri,
            "",
            "Werkt de link niet? Open dan de link uit je uitnodiging nog een keer, in dezelfde browser als eerst.",
            "",
            .. why,
            "",
            "Wil je geen e-mails meer? Klik dan hier:",
            unsubscribe.AbsoluteUri,
            "",
            "Groeten,",
            "Mijn Eigen Plan",
            "",
        ]);
        return new NotificationMessage(subject, body, plan, unsubscribe);
    }

    /// <summary>The unsubscribe page the e-mail links to: one button, no sign-in.</summary>
    public static Uri UnsubscribeUri(Uri siteUrl, string unsubscribeToken)
    {
        ArgumentNullException.ThrowIfNull(siteUrl);
        return new Uri(siteUrl, $"samen/afmelden/{Uri.EscapeDataString(unsubscribeToken)}");
    }

    /// <summary>
    /// Where a POST unsubscribes at once: the page's button and the <c>List-Unsubscribe</c> header (a mail program's own
    /// button, RFC 8058). Apart from the page, so opening the e-mail's link never unsubscribes by itself.
    /// </summary>
    public static Uri OneClickUnsubscribeUri(Uri siteUrl, string unsubscribeToken) =>
        new(UnsubscribeUri(siteUrl, unsubscribeToken).AbsoluteUri + "/een-klik");
}
