using EigenPlan.Core.Audit;
using EigenPlan.Core.Notifications;

namespace EigenPlan.Core.Tests.Notifications;

/// <summary>The e-mail says nothing about the plan; the address is sealed to its row; the unsubscribe token is unguessable.</summary>
public sealed class NotificationMessageTests
{
    private static readonly Uri Site = new("https://eigenplan.gemeente.nl/");

    [Fact]
    public void TheMessage_IsTheSameForEveryPlan_AndLinksByInvitationId()
    {
        var key = NotificationKey.DeriveFrom(AuditKey.Generate());
        var a = NotificationMessage.Compose(Site, "0123456789abcdef", key.UnsubscribeToken(NotificationKey.NewRecipientId()));
        var b = NotificationMessage.Compose(Site, "fedcba9876543210", key.UnsubscribeToken(NotificationKey.NewRecipientId()));

        Assert.Equal("Er is iets veranderd in jullie plan", a.Subject);
        Assert.Equal("https://eigenplan.gemeente.nl/samen/uitnodiging/0123456789abcdef", a.PlanLink.AbsoluteUri);
        Assert.StartsWith("https://eigenplan.gemeente.nl/samen/afmelden/", a.UnsubscribeLink.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("Er is iets veranderd in jullie plan.", a.Body, StringComparison.Ordinal);
        Assert.Contains("Wil je geen e-mails meer?", a.Body, StringComparison.Ordinal);
        Assert.Contains("Waarom krijg je deze e-mail?", a.Body, StringComparison.Ordinal);
        // Apart from the two links, every e-mail is word for word the same.
        Assert.Equal(Without(a), Without(b));
    }

    [Fact]
    public void AnAddress_OpensOnlyForItsOwnRowAndKey()
    {
        var key = NotificationKey.DeriveFrom(AuditKey.Generate());
        var id = NotificationKey.NewRecipientId();
        var box = key.SealAddress("fatima@example.nl", id, "inv1");

        Assert.Equal("fatima@example.nl", key.OpenAddress(box, id, "inv1"));
        Assert.Null(key.OpenAddress(box, NotificationKey.NewRecipientId(), "inv1"));
        Assert.Null(key.OpenAddress(box, id, "inv2"));
        Assert.Null(NotificationKey.DeriveFrom(AuditKey.Generate()).OpenAddress(box, id, "inv1"));
    }

    [Fact]
    public void TheSameAuditKey_GivesTheSameNotificationKey()
    {
        var audit = AuditKey.Generate();
        var id = NotificationKey.NewRecipientId();
        var box = NotificationKey.DeriveFrom(audit).SealAddress("a@b.nl", id, "i");

        Assert.Equal("a@b.nl", NotificationKey.DeriveFrom(AuditKey.TryParse(audit.ToBase64(), out var again, out _) ? again! : audit).OpenAddress(box, id, "i"));
    }

    [Fact]
    public void UnsubscribeToken_NamesItsRecipient_ForgedOrChangedTokensNameNobody()
    {
        var key = NotificationKey.DeriveFrom(AuditKey.Generate());
        var id = NotificationKey.NewRecipientId();
        var token = key.UnsubscribeToken(id);

        Assert.Equal(43, token.Length);
        Assert.Equal(id, key.RecipientOf(token));
        Assert.Null(key.RecipientOf(token[..^1] + (token[^1] == 'A' ? 'B' : 'A')));
        Assert.Null(key.RecipientOf(new string('A', 43)));
        Assert.Null(key.RecipientOf(""));
        Assert.Null(key.RecipientOf(null));
        Assert.Null(NotificationKey.DeriveFrom(AuditKey.Generate()).RecipientOf(token));
    }

    [Theory]
    [InlineData("fatima@example.nl", true)]
    [InlineData("  f.de-vries+plan@mail.example.org ", true)]
    [InlineData("", false)]
    [InlineData("fatima", false)]
    [InlineData("fatima@example", false)]
    [InlineData("a b@example.nl", false)]
    [InlineData("a@example.nl, b@example.nl", false)]
    [InlineData("<a@example.nl>", false)]
    [InlineData("a@example.nl\r\nBcc: x@example.nl", false)]
    public void Address_OneOrdinaryAddressOnly(string typed, bool ok)
    {
        var clean = NotificationAddress.Check(typed, out var problem);

        Assert.Equal(ok, clean is not null);
        Assert.Equal(ok, problem is null);
    }

    private static string Without(NotificationMessage m) =>
        m.Body.Replace(m.PlanLink.AbsoluteUri, "", StringComparison.Ordinal).Replace(m.UnsubscribeLink.AbsoluteUri, "", StringComparison.Ordinal);
}
