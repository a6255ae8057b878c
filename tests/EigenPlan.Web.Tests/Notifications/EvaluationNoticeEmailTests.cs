using System.Text;
using System.Text.RegularExpressions;
using EigenPlan.Core.Notifications;
using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;
using EigenPlan.Storage;
using EigenPlan.Web.Notifications;
using MailKit.Security;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using netDumbster.smtp;

namespace EigenPlan.Web.Tests.Notifications;

/// <summary>
/// "Samen terugkijken komt eraan", end to end below the browser: edits of a real shared plan (a temporary LiteDB file)
/// go through <see cref="SharedPlanNotifier"/> into the queue, and <see cref="NotificationSender"/> sends to a real SMTP
/// server (netDumbster, in-process) only when the notice's time has come — three days before, at 09:00 in Amsterdam —
/// on a clock the test moves. Moving the moment moves the e-mail; cancelling it sends none; the e-mail holds no plan content.
/// </summary>
public sealed class EvaluationNoticeEmailTests : IDisposable
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "eigenplan-notice-" + Guid.NewGuid().ToString("N"));
    // Monday 2 March 2026, 11:00 in Amsterdam.
    private readonly Clock _clock = new(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero), Amsterdam);
    private readonly SimpleSmtpServer _smtp = SimpleSmtpServer.Start();
    private readonly LiteDbDatabase _database;
    private readonly LiteDbPlanStore _plans;
    private readonly LiteDbSharedPlanStore _shared;
    private readonly LiteDbNotificationStore _notifications;
    private readonly SharedPlanNotifier _notifier;
    private readonly NotificationSettings _settings;
    private readonly NotificationSender _sender;

    public EvaluationNoticeEmailTests()
    {
        _database = new LiteDbDatabase(new StorageOptions { DatabasePath = Path.Combine(_folder, "eigenplan.db"), KdfIterations = 1_000 }, _clock);
        _plans = new LiteDbPlanStore(_database);
        _shared = new LiteDbSharedPlanStore(_database);
        _notifications = new LiteDbNotificationStore(_database);
        _notifier = new SharedPlanNotifier(_notifications, _clock, NullLogger<SharedPlanNotifier>.Instance);
        _settings = new NotificationSettings
        {
            SmtpHost = "127.0.0.1",
            SmtpPort = _smtp.Configuration.Port,
            SmtpSecurity = SecureSocketOptions.None,
            From = "Mijn Eigen Plan <noreply@eigenplan.test>",
            SiteUrl = new Uri("https://eigenplan.gemeente.test/"),
        };
        _sender = new NotificationSender(_notifications, Options.Create(_settings), _clock, NullLogger<NotificationSender>.Instance);
    }

    public void Dispose()
    {
        _smtp.Dispose();
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task PlannedMoment_ItsEmailGoesThreeDaysBefore_AtNine_Once_WithNoPlanContent()
    {
        var (owner, plan, invitationId) = await SisterWithEmailAsync();

        await EditAsync(owner, e => e.PlanEvaluation(new DateOnly(2026, 3, 12), [plan.Owner!.Id, Sister(plan)], out _));
        Assert.Equal(0, await SendAsync());
        // Monday 9 March, 08:59 in Amsterdam: not yet.
        _clock.Set(new DateTimeOffset(2026, 3, 9, 7, 59, 0, TimeSpan.Zero));
        Assert.Equal(0, await SendAsync());
        _clock.Set(new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await SendAsync());
        _clock.Set(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await SendAsync());

        var email = Assert.Single(Received());
        Assert.Equal("fatima@voorbeeld.nl", Assert.Single(email.To.Mailboxes).Address);
        Assert.Equal("Binnenkort kijken jullie samen terug", email.Subject);
        var body = email.TextBody ?? "";
        Assert.Contains("Over 3 dagen kijken jullie samen terug.", body, StringComparison.Ordinal);
        Assert.Contains($"https://eigenplan.gemeente.test/samen/uitnodiging/{invitationId}", body, StringComparison.Ordinal);
        Assert.Matches("^<https://eigenplan\\.gemeente\\.test/samen/afmelden/[A-Za-z0-9_-]{43}/een-klik>$", email.Headers["List-Unsubscribe"]);
        Assert.Null(email.HtmlBody);
        // The links carry random ids and tokens ("f056d0512b…" once held "12"): the words around them are checked.
        var words = Regex.Replace(email.Subject + "\n" + body, @"https://\S+", "");
        foreach (var secret in new[] { "Rondkomen", "Henriëtte", "Fatima", "Kees", "zus", "12", "maart", "donderdag" })
        {
            Assert.DoesNotContain(secret, words, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task MomentPlannedForTomorrow_ItsEmailGoesAtOnce_SayingMorgen()
    {
        var (owner, plan, _) = await SisterWithEmailAsync();

        await EditAsync(owner, e => e.PlanEvaluation(new DateOnly(2026, 3, 3), [Sister(plan)], out _));

        Assert.Equal(1, await SendAsync());
        Assert.Contains("Morgen kijken jullie samen terug.", Assert.Single(Received()).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MovedMoment_MovesTheEmail_CancelledMoment_SendsNone()
    {
        var (owner, plan, _) = await SisterWithEmailAsync();
        string? moved = null;
        await EditAsync(owner, e => e.PlanEvaluation(new DateOnly(2026, 3, 12), [Sister(plan)], out moved));
        string? cancelled = null;
        await EditAsync(owner, e => e.PlanEvaluation(new DateOnly(2026, 3, 13), [Sister(plan)], out cancelled));

        // As a "verzetten" would: the same moment, a week later. And the other one does not go ahead.
        await EditAsync(owner, e =>
        {
            e.Plan.FindEvaluation(moved)!.Date = new DateOnly(2026, 3, 19);
            return SharedPlanEditResult.Ok;
        });
        await EditAsync(owner, e => e.CancelEvaluation(cancelled!));

        _clock.Set(new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await SendAsync());
        _clock.Set(new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await SendAsync());
        Assert.Contains("Over 3 dagen kijken jullie samen terug.", Assert.Single(Received()).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrittenDownMoment_SendsNothingMore()
    {
        var (owner, plan, _) = await SisterWithEmailAsync();
        string? today = null;
        await EditAsync(owner, e => e.PlanEvaluation(new DateOnly(2026, 3, 2), [Sister(plan)], out today));

        await EditAsync(owner, e => e.RecordEvaluation(today!, "Goed gesprek.", null, null, []));

        Assert.Equal(0, await SendAsync());
        Assert.Empty(Received());
    }

    /// <summary>A shared plan whose sister (Fatima, meewerken) turned e-mail on.</summary>
    private async Task<(SharedPlanSession Owner, SharedPlan Plan, string InvitationId)> SisterWithEmailAsync()
    {
        var created = await _plans.CreateAsync(new PlanContent { MunicipalityId = "almere", FormatId = "basis" }, new NewDevice("test", shared: false));
        var draft = new SharedPlanDraft(created.PlanId.Value, "basis", "Henriëtte", "Zonder zorgen wonen.",
            [new GoalDraft("Rondkomen zonder zorgen", "geldzaken.inkomen")],
            [new ParticipantSuggestion("Fatima", ParticipantKind.Network, "zus", null),
             new ParticipantSuggestion("Kees", ParticipantKind.Wijkteam, "wijkteam", "Wijkteam Almere")]);
        Assert.True(SharedPlanFactory.Create(draft, _clock.GetUtcNow().UtcDateTime, out var plan).Succeeded);
        var owner = await _shared.CreateAsync(created.Session, plan!);
        var invitation = await _shared.InviteAsync(owner, Sister(plan!), InvitationRole.Contribute, null);
        var sister = Assert.IsType<InvitationOpenResult.Opened>(await _shared.OpenWithInvitationAsync(invitation.Token.Value)).Session;
        await _notifications.SubscribeAsync(sister, "fatima@voorbeeld.nl");
        return (owner, plan!, invitation.Invitation.Id);
    }

    private static string Sister(SharedPlan plan) => plan.Participants.Single(p => p.Name == "Fatima").Id;

    /// <summary>As <c>TogetherState.EditAsync</c> does: the facts before, the edit in the store's lock, then the notifier.</summary>
    private async Task EditAsync(SharedPlanSession session, Func<SharedPlanEditor, SharedPlanEditResult> edit)
    {
        SharedPlanFacts? before = null;
        SharedPlan? after = null;
        var result = await _shared.UpdateAsync(session, editor =>
        {
            before = SharedPlanFacts.Of(editor.Plan);
            var outcome = edit(editor);
            after = editor.Plan;
            return outcome;
        });
        Assert.True(result.Succeeded, result.Message);
        await _notifier.EditedAsync(before!, after!, session.Actor);
    }

    private Task<int> SendAsync() => _sender.SendDueAsync(_settings, CancellationToken.None);

    private List<MimeMessage> Received() =>
        _smtp.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)))).ToList();

    /// <summary>A clock in Amsterdam that moves only when the test says so.</summary>
    private sealed class Clock(DateTimeOffset start, TimeZoneInfo zone) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public override TimeZoneInfo LocalTimeZone => zone;

        public void Set(DateTimeOffset now) => _now = now;
    }
}
