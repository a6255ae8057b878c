using EigenPlan.Core.Security;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Core.Tests.SharedPlans;

public sealed class InvitationCryptoTests
{
    private static readonly PlanId Id = new("K7P29X");
    private static readonly InvitationBinding Binding = new("inv1", "p1", InvitationRole.Contribute, null);

    [Fact]
    public void Token_Has256RandomBits_AndRoundTripsThroughTheLink()
    {
        var token = InvitationToken.Generate();

        Assert.Equal(43, token.Value.Length);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", token.Value);
        Assert.True(InvitationToken.TryParse(token.Value, out var parsed));
        Assert.Equal(token.ComputeHash(), parsed!.ComputeHash());
        Assert.NotEqual(token.Value, InvitationToken.Generate().Value);
        Assert.DoesNotContain(token.Value, token.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    [InlineData("../../etc/passwd")]
    public void Token_Malformed_IsNotAToken(string? text) => Assert.False(InvitationToken.TryParse(text, out _));

    [Fact]
    public void Hash_IsNotTheTokenAndDiffersPerToken()
    {
        var token = InvitationToken.Generate();

        Assert.Matches("^[0-9a-f]{64}$", token.ComputeHash());
        Assert.DoesNotContain(token.Value, token.ComputeHash(), StringComparison.Ordinal);
        Assert.NotEqual(token.ComputeHash(), InvitationToken.Generate().ComputeHash());
    }

    [Fact]
    public void InviteeCopyOfTheKek_OpensOnlyWithItsOwnToken_AndOnlyForItsInvitation()
    {
        var kek = SharedPlanCrypto.NewKek();
        var token = InvitationToken.Generate();
        var box = SharedPlanCrypto.WrapKekForInvitee(token, kek, Id, "inv1");

        Assert.Equal(kek, SharedPlanCrypto.UnwrapKekForInvitee(token, box, Id, "inv1"));
        Assert.Null(SharedPlanCrypto.UnwrapKekForInvitee(InvitationToken.Generate(), box, Id, "inv1"));
        Assert.Null(SharedPlanCrypto.UnwrapKekForInvitee(token, box, Id, "inv2"));
        Assert.Null(SharedPlanCrypto.UnwrapKekForInvitee(token, box, new PlanId("ZZZZZZ"), "inv1"));
    }

    [Fact]
    public void OwnerCopyOfTheKek_OpensWithThePlanKey_NotWithTheSharedKey()
    {
        var planKey = PlanCrypto.NewPlanKey();
        var kek = SharedPlanCrypto.NewKek();
        var box = SharedPlanCrypto.WrapKekForOwner(planKey, kek, Id, "inv1");

        Assert.Equal(kek, SharedPlanCrypto.UnwrapKekForOwner(planKey, box, Id, "inv1"));
        Assert.Null(SharedPlanCrypto.UnwrapKekForOwner(SharedPlanCrypto.NewSharedKey(), box, Id, "inv1"));
        Assert.Null(SharedPlanCrypto.UnwrapKekForOwner(planKey, box, Id, "inv2"));
    }

    [Fact]
    public void SharedKeyUnderTheKek_RoleOrPlanOrExpiryOrParticipantChangedInDatabase_DoesNotOpen()
    {
        var key = SharedPlanCrypto.NewSharedKey();
        var kek = SharedPlanCrypto.NewKek();
        var readBinding = Binding with { Role = InvitationRole.Read };
        var box = SharedPlanCrypto.WrapSharedKeyForInvitation(kek, key, Id, readBinding);

        Assert.Equal(key, SharedPlanCrypto.UnwrapSharedKeyForInvitation(kek, box, Id, readBinding));
        Assert.Null(SharedPlanCrypto.UnwrapSharedKeyForInvitation(SharedPlanCrypto.NewKek(), box, Id, readBinding));
        Assert.Null(SharedPlanCrypto.UnwrapSharedKeyForInvitation(kek, box, Id, readBinding with { Role = InvitationRole.Contribute }));
        Assert.Null(SharedPlanCrypto.UnwrapSharedKeyForInvitation(kek, box, new PlanId("ZZZZZZ"), readBinding));
        Assert.Null(SharedPlanCrypto.UnwrapSharedKeyForInvitation(kek, box, Id, readBinding with { ExpiresUtc = DateTime.UtcNow.AddYears(5) }));
        Assert.Null(SharedPlanCrypto.UnwrapSharedKeyForInvitation(kek, box, Id, readBinding with { ParticipantId = "p2" }));
    }

    [Fact]
    public void NewInvitation_DefaultLifetimeIs90Days() =>
        Assert.Equal(TimeSpan.FromDays(90), Invitation.DefaultLifetime);

    [Fact]
    public void SharedKey_WrappedUnderPlanKey_AndContentUnderSharedKey()
    {
        var planKey = PlanCrypto.NewPlanKey();
        var sharedKey = SharedPlanCrypto.NewSharedKey();
        var wrapped = SharedPlanCrypto.WrapSharedKey(planKey, sharedKey, Id);
        var content = SharedPlanCrypto.Encrypt(sharedKey, "geheim"u8, Id);

        Assert.Equal(sharedKey, SharedPlanCrypto.UnwrapSharedKey(planKey, wrapped, Id));
        Assert.Null(SharedPlanCrypto.UnwrapSharedKey(PlanCrypto.NewPlanKey(), wrapped, Id));
        Assert.Equal("geheim"u8.ToArray(), SharedPlanCrypto.Decrypt(sharedKey, content, Id));
        // The shared key is no Eigen Plan key: content encrypted for the shared plan does not open as Eigen Plan content.
        Assert.Null(PlanCrypto.DecryptContent(sharedKey, content, Id));
        content.Ciphertext[0] ^= 1;
        Assert.Null(SharedPlanCrypto.Decrypt(sharedKey, content, Id));
    }

    [Fact]
    public void InvitationState_WithdrawnBeatsExpired_ExpiryIsExclusive()
    {
        var now = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
        var invitation = new Invitation("i", "p", InvitationRole.Read, now, now.AddDays(1), null, null);

        Assert.Equal(InvitationState.Active, invitation.StateAt(now));
        Assert.Equal(InvitationState.Expired, invitation.StateAt(now.AddDays(1)));
        Assert.Equal(InvitationState.Withdrawn, (invitation with { WithdrawnUtc = now }).StateAt(now.AddDays(2)));
    }
}
