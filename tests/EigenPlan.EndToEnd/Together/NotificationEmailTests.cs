using System.Text;
using System.Text.RegularExpressions;
using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using MimeKit;
using netDumbster.smtp;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Together;

/// <summary>
/// Notifications that reveal nothing, against a real SMTP server (netDumbster, in-process): the invited sister turns
/// e-mail on; the owner gives her an action; she gets exactly one e-mail — a second change the same day adds none —
/// with no plan content, no invitation token, one-click unsubscribe headers and a link that opens the plan in her
/// browser; the unsubscribe page turns e-mail off.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class NotificationEmailTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Private = "Mijn schuld bij de bank is 4000 euro.";
    private const string Address = "fatima@voorbeeld.nl";
    private SimpleSmtpServer smtp = default!;
    private AppServer app = default!;
    private int port;

    public Task InitializeAsync()
    {
        smtp = SimpleSmtpServer.Start();
        port = AppServer.FreePort();
        app = AppServer.Start(port: port, settings: new Dictionary<string, string?>
        {
            // The e-mail's links must point at this app, so its address is fixed before it starts.
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Notifications:SmtpHost"] = "127.0.0.1",
            ["Notifications:SmtpPort"] = smtp.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications:SmtpSecurity"] = "None",
            ["Notifications:From"] = "Mijn Eigen Plan <noreply@eigenplan.test>",
            ["Notifications:SiteUrl"] = $"http://127.0.0.1:{port}/",
            ["Notifications:SendInterval"] = "00:00:01",
            // The first e-mail a second after the change instead of ten minutes; the daily gap stays.
            ["Notifications:GatherDelay"] = "00:00:01",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        smtp.Dispose();
    }

    [Fact]
    public async Task OptedInParticipant_GetsExactlyOneEmail_WithNoPlanContent_AndAWorkingLink()
    {
        Assert.Equal($"http://127.0.0.1:{port}", app.BaseUrl);
        await using var ownerDevice = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        var owner = await ownerDevice.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(owner, app.BaseUrl);
        await owner.GoAndWaitAsync(planUrl + "/onderwerp/geldzaken.inkomen");
        await TypeAnswerAsync(owner, "Hoe gaat het nu?", Private);
        await TypeAnswerAsync(owner, "Wat wil ik?", "Ik wil rondkomen zonder zorgen.");
        await TypeAnswerAsync(owner, "Hoe wil ik dit bereiken?", "Samen mijn post uitzoeken.");
        await TypeAnswerAsync(owner, "Wie uit mijn omgeving zou mij hierbij kunnen helpen?", "Mijn zus Fatima.");
        await owner.WaitForSavedAsync();
        await owner.GoAndWaitAsync(planUrl + "/samen/maken");
        await owner.GetByLabel("Hoe ziet jouw leven eruit als het goed gaat?").FillAsync("Ik heb geen geldzorgen.");
        await owner.GetByRole(AriaRole.Checkbox, new() { Name = "Maak een doel van Inkomen" }).CheckAsync();
        await owner.GetByLabel("Doel bij Inkomen, in je eigen woorden").FillAsync("Rondkomen zonder zorgen");
        await owner.GetByRole(AriaRole.Checkbox, new() { Name = "Mijn zus Fatima (iemand uit mijn omgeving)" }).CheckAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Maak het samenplan" }).ClickAsync();
        await owner.WaitForPathAsync("/samen$");
        await owner.GoAndWaitAsync(planUrl + "/samen/uitnodigen");
        await owner.GetByLabel("Wie wil je uitnodigen?").SelectOptionAsync(new SelectOptionValue { Label = "Mijn zus Fatima" });
        await owner.GetByRole(AriaRole.Radio, new() { Name = "Meewerken: ook acties, kleuren en berichten bijwerken" }).CheckAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Maak een uitnodiging" }).ClickAsync();
        var linkBox = owner.GetByLabel("Link voor Mijn zus Fatima");
        await Expect(linkBox).ToHaveValueAsync(new Regex("/samen/[A-Za-z0-9_-]{43}$"));
        var invitationLink = await linkBox.InputValueAsync();
        var token = invitationLink[^43..];

        // The sister opens her link and turns e-mail on.
        await using var sisterDevice = await browser.NewDeviceAsync(BrowserFixture.Phone);
        var sister = await sisterDevice.NewPageAsync();
        await sister.GoAndWaitAsync(invitationLink);
        await Expect(sister.GetByRole(AriaRole.Heading, new() { Name = "E-mail als er iets verandert" })).ToBeVisibleAsync();
        await sister.GetByLabel("Je e-mailadres").FillAsync(Address);
        await sister.GetByRole(AriaRole.Button, new() { Name = "E-mail aanzetten" }).ClickAsync();
        await Expect(sister.Locator("main").GetByRole(AriaRole.Status)).ToHaveTextAsync("E-mail staat aan.");
        await Expect(sister.Locator("main")).ToContainTextAsync($"Je krijgt een e-mail op {Address}");
        await sister.AssertAccessibleAsync("e-mail aanzetten");
        await sister.ScreenshotAsync("samen-email-aan");
        Assert.Equal(0, smtp.ReceivedEmailCount);

        // The owner gives her an action.
        await owner.GoAndWaitAsync(planUrl + "/samen");
        await owner.GetByRole(AriaRole.Link, new() { Name = "Rondkomen zonder zorgen" }).ClickAsync();
        await owner.WaitForPathAsync("/samen/doel/");
        await owner.GetByLabel("Wat moet er gebeuren?").FillAsync("De brief van de bank beantwoorden.");
        await owner.GetByLabel("Wie doet het?").SelectOptionAsync(new SelectOptionValue { Label = "Mijn zus Fatima (iemand uit mijn omgeving)" });
        await owner.GetByRole(AriaRole.Button, new() { Name = "Voeg de actie toe" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Checkbox, new() { Name = "De brief van de bank beantwoorden." })).ToBeVisibleAsync();

        var raw = await WaitForEmailAsync();
        // A second change the same day (a message for everyone) waits for tomorrow's digest: still one e-mail.
        await owner.GetByLabel("Schrijf een bericht").FillAsync("Wil jij de bank bellen?");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Plaats het bericht" }).ClickAsync();
        await Expect(owner.Locator(".messages")).ToContainTextAsync("Wil jij de bank bellen?");
        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.Equal(1, smtp.ReceivedEmailCount);

        var email = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw)));
        Assert.Equal(Address, Assert.Single(email.To.Mailboxes).Address);
        Assert.Equal("Er is iets veranderd in jullie plan", email.Subject);
        var body = email.TextBody ?? "";
        var visible = email.Subject + "\n" + body;
        foreach (var secret in new[] { "Rondkomen", "brief van de bank", "Wil jij", "Sanne", "Fatima", "zus", "Inkomen", "4000", "actie" })
        {
            Assert.DoesNotContain(secret, visible, StringComparison.OrdinalIgnoreCase);
        }
        Assert.DoesNotContain(token, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Rondkomen", raw, StringComparison.Ordinal);
        Assert.Null(email.HtmlBody);
        Assert.Matches("^<http://127\\.0\\.0\\.1:\\d+/samen/afmelden/[A-Za-z0-9_-]{43}/een-klik>$", email.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", email.Headers["List-Unsubscribe-Post"]);

        // The link opens the plan in her browser (the invitation cookie, no token in the e-mail).
        var planLink = Regex.Match(body, @"http://127\.0\.0\.1:\d+/samen/uitnodiging/[0-9a-f]+").Value;
        Assert.NotEmpty(planLink);
        await sister.GoAndWaitAsync(planLink);
        await Expect(sister.GetByRole(AriaRole.Heading, new() { Name = "Samenplan van Sanne de Vries" })).ToBeVisibleAsync();
        await Expect(sister.Locator("main")).ToContainTextAsync("Rondkomen zonder zorgen");

        // One click on the unsubscribe page, without signing in, in a fresh browser.
        var unsubscribe = Regex.Match(body, @"http://127\.0\.0\.1:\d+/samen/afmelden/[A-Za-z0-9_-]{43}").Value;
        await using var mailProgram = await browser.NewDeviceAsync(BrowserFixture.Desktop);
        var page = await mailProgram.NewPageAsync();
        await page.GoAndWaitAsync(unsubscribe);
        await page.AssertAccessibleAsync("afmelden voor e-mails");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden voor e-mails" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Je bent afgemeld" })).ToBeVisibleAsync();
        await sister.GoAndWaitAsync(planLink);
        await Expect(sister.GetByRole(AriaRole.Button, new() { Name = "E-mail aanzetten" })).ToBeVisibleAsync();
    }

    private async Task<string> WaitForEmailAsync()
    {
        for (var waited = 0; waited < 300 && smtp.ReceivedEmailCount == 0; waited++)
        {
            await Task.Delay(100);
        }
        Assert.Equal(1, smtp.ReceivedEmailCount);
        return smtp.ReceivedEmail[0].Data;
    }
}
