using System.Security.Cryptography;
using System.Text;
using EigenPlan.Core.Security;

namespace EigenPlan.Core.SharedPlans;

/// <summary>
/// Keys of the shared plan, with BCL primitives only. A random shared-plan key encrypts the shared plan (AES-GCM); the
/// Eigen Plan's plan key wraps the owner's copy. Every invitation has its own random key-encryption key (KEK), stored
/// wrapped twice — under a key derived from the link token (the invitee's copy) and under the plan key (the owner's
/// copy) — and the shared-plan key is wrapped under each KEK. Withdrawing an invitation therefore <b>rotates</b> the
/// shared-plan key: a new key, the plan re-encrypted, and through the owner's KEK copies a new wrap for each remaining
/// invitation; whatever a withdrawn invitee kept (token, KEK or old key) opens nothing saved after.
/// Invited people never hold the Eigen Plan's key, so the private answers stay out of their reach. The plan id,
/// invitation id, role, participant and expiry are bound in as associated data of the shared-key wrap: a role edited in
/// the database (meelezen → meewerken) or an expiry moved no longer opens. The owner (who can recover each KEK) can
/// re-wrap with a new expiry when extending.
/// </summary>
public static class SharedPlanCrypto
{
    public static byte[] NewSharedKey() => RandomNumberGenerator.GetBytes(PlanCrypto.KeySize);

    /// <summary>A new invitation's key-encryption key.</summary>
    public static byte[] NewKek() => RandomNumberGenerator.GetBytes(PlanCrypto.KeySize);

    public static SealedBox WrapSharedKey(ReadOnlySpan<byte> planKey, ReadOnlySpan<byte> sharedKey, PlanId id) =>
        AesGcmBox.Seal(planKey, sharedKey, Context($"shared-key/{id.Value}"));

    public static byte[]? UnwrapSharedKey(ReadOnlySpan<byte> planKey, SealedBox box, PlanId id) =>
        AesGcmBox.Open(planKey, box, Context($"shared-key/{id.Value}"));

    public static SealedBox Encrypt(ReadOnlySpan<byte> sharedKey, ReadOnlySpan<byte> plaintext, PlanId id) =>
        AesGcmBox.Seal(sharedKey, plaintext, Context($"shared-content/{id.Value}"));

    public static byte[]? Decrypt(ReadOnlySpan<byte> sharedKey, SealedBox box, PlanId id) =>
        AesGcmBox.Open(sharedKey, box, Context($"shared-content/{id.Value}"));

    /// <summary>The invitee's copy of the invitation's KEK, under a key only the link token gives.</summary>
    public static SealedBox WrapKekForInvitee(InvitationToken token, ReadOnlySpan<byte> kek, PlanId id, string invitationId)
    {
        ArgumentNullException.ThrowIfNull(token);
        var key = TokenKey(token, id, invitationId);
        try
        {
            return AesGcmBox.Seal(key, kek, Context($"invitation-kek/{id.Value}/{invitationId}", "v2"));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>The KEK from the invitee's copy; null for a wrong token or a changed or moved box.</summary>
    public static byte[]? UnwrapKekForInvitee(InvitationToken token, SealedBox box, PlanId id, string invitationId)
    {
        ArgumentNullException.ThrowIfNull(token);
        var key = TokenKey(token, id, invitationId);
        try
        {
            return AesGcmBox.Open(key, box, Context($"invitation-kek/{id.Value}/{invitationId}", "v2"));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>The owner's copy of an invitation's KEK, under the plan key (so the owner can re-wrap a new shared key).</summary>
    public static SealedBox WrapKekForOwner(ReadOnlySpan<byte> planKey, ReadOnlySpan<byte> kek, PlanId id, string invitationId) =>
        AesGcmBox.Seal(planKey, kek, Context($"invitation-kek-owner/{id.Value}/{invitationId}", "v2"));

    public static byte[]? UnwrapKekForOwner(ReadOnlySpan<byte> planKey, SealedBox box, PlanId id, string invitationId) =>
        AesGcmBox.Open(planKey, box, Context($"invitation-kek-owner/{id.Value}/{invitationId}", "v2"));

    /// <summary>The shared-plan key wrapped under an invitation's KEK, bound to everything the invitation allows.</summary>
    public static SealedBox WrapSharedKeyForInvitation(ReadOnlySpan<byte> kek, ReadOnlySpan<byte> sharedKey, PlanId id, InvitationBinding binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        return AesGcmBox.Seal(kek, sharedKey, Context(binding.Describe(id), "v2"));
    }

    /// <summary>Null for a wrong KEK or any change to the box or to what it was bound to.</summary>
    public static byte[]? UnwrapSharedKeyForInvitation(ReadOnlySpan<byte> kek, SealedBox box, PlanId id, InvitationBinding binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        return AesGcmBox.Open(kek, box, Context(binding.Describe(id), "v2"));
    }

    private static byte[] TokenKey(InvitationToken token, PlanId id, string invitationId) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, token.Bytes.ToArray(), PlanCrypto.KeySize,
            salt: Encoding.ASCII.GetBytes("eigenplan/invitation-key/v1"), info: Encoding.UTF8.GetBytes($"{id.Value}/{invitationId}"));

    private static byte[] Context(string purpose, string version = "v1") => Encoding.UTF8.GetBytes($"eigenplan/{purpose}/{version}");
}

/// <summary>What an invitation's key wrap is bound to; changing any of it in the database makes the link stop working.</summary>
public sealed record InvitationBinding(string InvitationId, string ParticipantId, InvitationRole Role, DateTime? ExpiresUtc)
{
    internal string Describe(PlanId id) =>
        $"invitation/{id.Value}/{InvitationId}/{ParticipantId}/{Role}/{ExpiresUtc?.ToUniversalTime().Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";
}
