using System.Text.RegularExpressions;
using EigenPlan.EndToEnd.Infrastructure;
using Microsoft.Playwright;
using static EigenPlan.EndToEnd.Wizard.ResidentJourney;
using static Microsoft.Playwright.Assertions;

namespace EigenPlan.EndToEnd.Platform;

/// <summary>
/// An invitation link is exchanged once for a cookie of that invitation: the browser lands on an address without the
/// token, reloads keep working, and a browser without the cookie is told to open the link from the invitation.
/// </summary>
public sealed partial class InvitationLinkTests(BrowserFixture browser) : AppTest(browser)
{
    [Fact]
    public async Task OpenedLink_LeavesNoTokenInTheAddressBar_ReloadWorks_OtherBrowserIsSentToTheLink()
    {
        await using var ownerDevice = await Browser.NewDeviceAsync(BrowserFixture.Desktop);
        var owner = await ownerDevice.NewPageAsync();
        var (planUrl, _) = await StartPlanAsync(owner, App);
        var link = await InviteNeighbourAsync(owner, planUrl);
        var token = link[(link.LastIndexOf('/') + 1)..];

        await using var neighbourDevice = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var neighbour = await neighbourDevice.NewPageAsync();
        await neighbour.GoAndWaitAsync(link);

        await neighbour.WaitForPathAsync("/samen/uitnodiging/[0-9a-f]{16}$");
        Assert.DoesNotContain(token, neighbour.Url, StringComparison.Ordinal);
        await Expect(neighbour.GetByRole(AriaRole.Heading, new() { Name = "Samenplan van Sanne de Vries" })).ToBeVisibleAsync();
        var invitationId = InvitationIdIn(neighbour.Url);
        var cookie = Assert.Single(await neighbourDevice.CookiesAsync(), c => c.Name.StartsWith("eigenplan_samen_", StringComparison.Ordinal));
        Assert.Equal("eigenplan_samen_" + invitationId, cookie.Name);
        Assert.True(cookie.HttpOnly);
        Assert.True(cookie.Secure);
        Assert.Equal(SameSiteAttribute.Lax, cookie.SameSite);
        Assert.Equal("/", cookie.Path);
        Assert.DoesNotContain(token, cookie.Value, StringComparison.Ordinal);
        Assert.InRange(DateTimeOffset.FromUnixTimeSeconds((long)cookie.Expires) - DateTimeOffset.UtcNow, TimeSpan.FromDays(89), TimeSpan.FromDays(90.1));

        // A reload and a goal page: the cookie opens the plan again, and no address holds the token.
        await neighbour.ReloadAsync();
        await neighbour.WaitForInteractiveAsync();
        await Expect(neighbour.GetByRole(AriaRole.Heading, new() { Name = "Samenplan van Sanne de Vries" })).ToBeVisibleAsync();
        await neighbour.GetByRole(AriaRole.Link, new() { Name = "Een rustig huis" }).ClickAsync();
        await neighbour.WaitForPathAsync($"/samen/uitnodiging/{invitationId}/doel/");
        await Expect(neighbour.Locator("main")).ToContainTextAsync("Je bent uitgenodigd om mee te lezen");
        Assert.DoesNotContain(token, neighbour.Url, StringComparison.Ordinal);

        // Another browser at the new address, without the cookie: nothing of the plan, a clear way on.
        await using var otherDevice = await Browser.NewDeviceAsync(BrowserFixture.Phone);
        var other = await otherDevice.NewPageAsync();
        await other.GoAndWaitAsync(App.Url($"/samen/uitnodiging/{invitationId}"));
        await Expect(other.GetByRole(AriaRole.Heading, new() { Name = "Open de link uit je uitnodiging", Level = 1 })).ToBeVisibleAsync();
        await Expect(other.Locator("main")).Not.ToContainTextAsync("Een rustig huis");
        await other.AssertAccessibleAsync("uitnodiging zonder cookie");
        await other.ScreenshotAsync("platform-02-open-de-link");

        // Withdrawn: the cookie opens nothing any more, and the page says why.
        await owner.GoAndWaitAsync(planUrl + "/samen/uitnodigen");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Trek de uitnodiging in van Buurvrouw Ans" }).ClickAsync();
        await Expect(owner.Locator(".invitations")).ToContainTextAsync("ingetrokken");
        await neighbour.GoAndWaitAsync(App.Url($"/samen/uitnodiging/{invitationId}"));
        await Expect(neighbour.GetByRole(AriaRole.Heading, new() { Name = "Deze link werkt niet (meer)" })).ToBeVisibleAsync();
        await Expect(neighbour.Locator("main")).ToContainTextAsync("heeft deze uitnodiging ingetrokken");
        await Expect(neighbour.Locator("main")).Not.ToContainTextAsync("Een rustig huis");

        // The withdrawn link itself: its clear page, and the cookie for it is gone.
        await neighbour.GoAndWaitAsync(link);
        await Expect(neighbour.GetByRole(AriaRole.Heading, new() { Name = "Deze link werkt niet (meer)" })).ToBeVisibleAsync();
        Assert.DoesNotContain(await neighbourDevice.CookiesAsync(), c => c.Name.StartsWith("eigenplan_samen_", StringComparison.Ordinal));
    }

    /// <summary>A shared plan with one goal, a neighbour as participant, and a read-only invitation for her; returns the link.</summary>
    internal static async Task<string> InviteNeighbourAsync(IPage owner, string planUrl)
    {
        await owner.GoAndWaitAsync(planUrl + "/samen/maken");
        await owner.GetByLabel("Een ander doel (mag leeg)").FillAsync("Een rustig huis");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Voeg dit doel toe" }).ClickAsync();
        await owner.GetByText("Iemand anders toevoegen").ClickAsync();
        await owner.GetByLabel("Naam", new() { Exact = true }).FillAsync("Buurvrouw Ans");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Voeg deze persoon toe" }).ClickAsync();
        await Expect(owner.GetByRole(AriaRole.Checkbox, new() { Name = "Buurvrouw Ans" })).ToBeCheckedAsync();
        await owner.GetByRole(AriaRole.Button, new() { Name = "Maak het samenplan" }).ClickAsync();
        await owner.WaitForPathAsync("/samen$");
        await owner.GoAndWaitAsync(planUrl + "/samen/uitnodigen");
        await owner.GetByLabel("Wie wil je uitnodigen?").SelectOptionAsync(new SelectOptionValue { Label = "Buurvrouw Ans" });
        await owner.GetByRole(AriaRole.Button, new() { Name = "Maak een uitnodiging" }).ClickAsync();
        var linkBox = owner.GetByLabel("Link voor Buurvrouw Ans");
        await Expect(linkBox).ToHaveValueAsync(new Regex("/samen/[A-Za-z0-9_-]{43}$"));
        return await linkBox.InputValueAsync();
    }

    private static string InvitationIdIn(string url) => InvitationId().Match(url).Groups[1].Value;

    [GeneratedRegex("/samen/uitnodiging/([0-9a-f]{16})")]
    private static partial Regex InvitationId();
}
