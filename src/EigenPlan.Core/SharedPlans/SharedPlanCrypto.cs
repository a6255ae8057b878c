using System.Security.Cryptography;
using System.Text;
using EigenPlan.Core.Security;

namespace EigenPlan.Core.SharedPlans;

/// <summary>
/// Keys of the shared plan, with BCL primitives only: a random shared-plan key encrypts the shared plan (AES-GCM); the
/// Eigen Plan's plan key (which only the owner key opens) wraps it; every invitation wraps its own copy under a key
/// derived from the link token with HKDF. Deleting that copy withdraws the link. Invited people therefore never hold
/// the Eigen Plan's key, so the private answers stay out of their reach. The plan id, invitation id, role and
/// participant are bound in as associated data: a wrapped copy moved to another plan, or a role edited in the
/// database (meelezen → meewerken), no longer opens.
/// </summary>
public static class SharedPlanCrypto
{
    public static byte[] NewSharedKey() => RandomNumberGenerator.GetBytes(PlanCrypto.KeySize);

    public static SealedBox WrapSharedKey(ReadOnlySpan<byte> planKey, ReadOnlySpan<byte> sharedKey, PlanId id) =>
        AesGcmBox.Seal(planKey, sharedKey, Context($"shared-key/{id.Value}"));

    public static byte[]? UnwrapSharedKey(ReadOnlySpan<byte> planKey, SealedBox box, PlanId id) =>
        AesGcmBox.Open(planKey, box, Context($"shared-key/{id.Value}"));

    public static SealedBox Encrypt(ReadOnlySpan<byte> sharedKey, ReadOnlySpan<byte> plaintext, PlanId id) =>
        AesGcmBox.Seal(sharedKey, plaintext, Context($"shared-content/{id.Value}"));

    public static byte[]? Decrypt(ReadOnlySpan<byte> sharedKey, SealedBox box, PlanId id) =>
        AesGcmBox.Open(sharedKey, box, Context($"shared-content/{id.Value}"));

    /// <summary>The invitation's copy of the shared key, under a key only the link token gives.</summary>
    public static SealedBox WrapForInvitation(InvitationToken token, ReadOnlySpan<byte> sharedKey, PlanId id, InvitationBinding binding)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(binding);
        var key = InvitationKey(token, id, binding.InvitationId);
        try
        {
            return AesGcmBox.Seal(key, sharedKey, Context(binding.Describe(id)));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>Null for a wrong token or any change to the box or to what it was bound to.</summary>
    public static byte[]? UnwrapForInvitation(InvitationToken token, SealedBox box, PlanId id, InvitationBinding binding)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(binding);
        var key = InvitationKey(token, id, binding.InvitationId);
        try
        {
            return AesGcmBox.Open(key, box, Context(binding.Describe(id)));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private static byte[] InvitationKey(InvitationToken token, PlanId id, string invitationId) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, token.Bytes.ToArray(), PlanCrypto.KeySize,
            salt: Encoding.ASCII.GetBytes("eigenplan/invitation-key/v1"), info: Encoding.UTF8.GetBytes($"{id.Value}/{invitationId}"));

    private static byte[] Context(string purpose) => Encoding.UTF8.GetBytes($"eigenplan/{purpose}/v1");
}

/// <summary>What an invitation's wrapped key is bound to; changing any of it in the database makes the link stop working.</summary>
public sealed record InvitationBinding(string InvitationId, string ParticipantId, InvitationRole Role, DateTime? ExpiresUtc)
{
    internal string Describe(PlanId id) =>
        $"invitation/{id.Value}/{InvitationId}/{ParticipantId}/{Role}/{ExpiresUtc?.ToUniversalTime().Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";
}
