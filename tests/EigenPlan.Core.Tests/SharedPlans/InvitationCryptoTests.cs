using EigenPlan.Core.Security;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Core.Tests.SharedPlans;

public sealed class InvitationCryptoTests
{
    private static readonly PlanId Id = new("K7P2");
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
    public void InvitationCopy_OpensOnlyWithItsOwnToken()
    {
        var key = SharedPlanCrypto.NewSharedKey();
        var token = InvitationToken.Generate();
        var box = SharedPlanCrypto.WrapForInvitation(token, key, Id, Binding);

        Assert.Equal(key, SharedPlanCrypto.UnwrapForInvitation(token, box, Id, Binding));
        Assert.Null(SharedPlanCrypto.UnwrapForInvitation(InvitationToken.Generate(), box, Id, Binding));
    }

    [Fact]
    public void InvitationCopy_RoleOrPlanOrExpiryChangedInDatabase_DoesNotOpen()
    {
        var key = SharedPlanCrypto.NewSharedKey();
        var token = InvitationToken.Generate();
        var readBinding = Binding with { Role = InvitationRole.Read };
        var box = SharedPlanCrypto.WrapForInvitation(token, key, Id, readBinding);

        Assert.Null(SharedPlanCrypto.UnwrapForInvitation(token, box, Id, readBinding with { Role = InvitationRole.Contribute }));
        Assert.Null(SharedPlanCrypto.UnwrapForInvitation(token, box, new PlanId("ZZZZ"), readBinding));
        Assert.Null(SharedPlanCrypto.UnwrapForInvitation(token, box, Id, readBinding with { ExpiresUtc = DateTime.UtcNow.AddYears(5) }));
        Assert.Null(SharedPlanCrypto.UnwrapForInvitation(token, box, Id, readBinding with { ParticipantId = "p2" }));
    }

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
