using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using EigenPlan.Core.Audit;
using EigenPlan.Core.Security;

namespace EigenPlan.Core.Notifications;

/// <summary>
/// The server's key for notification addresses and unsubscribe links. The server must read an address to send mail,
/// so it cannot be sealed under the plan's key; it is sealed under this key instead, which is derived (HKDF-SHA256,
/// its own label) from the audit key — kept outside the database like that key (LiteDB: <c>audit.key</c> next to the
/// file; PostgreSQL: <c>Audit__Key</c>). A stolen database or backup holds no readable address; the running server
/// can read them. The same key signs the unsubscribe tokens, so nothing about them is stored.
/// </summary>
public sealed class NotificationKey
{
    private static readonly byte[] Label = Encoding.UTF8.GetBytes("eigenplan/notifications/v1");
    private const int TokenMacBytes = 16;
    private const int RecipientIdBytes = 16;
    private readonly byte[] _sealKey;
    private readonly byte[] _tokenKey;

    private NotificationKey(byte[] sealKey, byte[] tokenKey)
    {
        _sealKey = sealKey;
        _tokenKey = tokenKey;
    }

    /// <summary>The notification key of a deployment, from its audit key.</summary>
    public static NotificationKey DeriveFrom(AuditKey auditKey)
    {
        ArgumentNullException.ThrowIfNull(auditKey);
        var secret = Convert.FromBase64String(auditKey.ToBase64());
        try
        {
            var both = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, 64, salt: [], info: Label);
            return new NotificationKey(both[..32], both[32..]);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }

    /// <summary>A new random recipient id (32 hex characters): a fresh one for every opt-in, so an old token never comes back.</summary>
    public static string NewRecipientId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(RecipientIdBytes));

    /// <summary>Seals an address for one recipient and invitation; it opens only for those ids.</summary>
    public SealedBox SealAddress(string address, string recipientId, string invitationId) =>
        AesGcmBox.Seal(_sealKey, Encoding.UTF8.GetBytes(address), Bound(recipientId, invitationId));

    /// <summary>The address; null when the box was changed, moved to another row, or sealed under another key.</summary>
    public string? OpenAddress(SealedBox box, string recipientId, string invitationId) =>
        AesGcmBox.Open(_sealKey, box, Bound(recipientId, invitationId)) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>
    /// The unsubscribe token of a recipient: its id and a MAC over it under this key (base64url, 43 characters).
    /// Unguessable without the key, and never stored.
    /// </summary>
    public string UnsubscribeToken(string recipientId)
    {
        var id = Convert.FromHexString(recipientId);
        var token = new byte[RecipientIdBytes + TokenMacBytes];
        id.CopyTo(token, 0);
        Mac(id).AsSpan(0, TokenMacBytes).CopyTo(token.AsSpan(RecipientIdBytes));
        return Base64Url.EncodeToString(token);
    }

    /// <summary>The recipient id inside a token this key made; null for anything else (compared in constant time).</summary>
    public string? RecipientOf(string? token)
    {
        if (token is null || token.Length != 43)
        {
            return null;
        }
        var bytes = new byte[RecipientIdBytes + TokenMacBytes];
        if (!Base64Url.TryDecodeFromChars(token, bytes, out var written) || written != bytes.Length)
        {
            return null;
        }
        var id = bytes.AsSpan(0, RecipientIdBytes).ToArray();
        return CryptographicOperations.FixedTimeEquals(Mac(id).AsSpan(0, TokenMacBytes), bytes.AsSpan(RecipientIdBytes))
            ? Convert.ToHexStringLower(id)
            : null;
    }

    /// <summary>Redacted on purpose.</summary>
    public override string ToString() => "NotificationKey(…)";

    private byte[] Mac(byte[] recipientId) => HMACSHA256.HashData(_tokenKey, (byte[])[.. "unsubscribe:"u8, .. recipientId]);

    private static byte[] Bound(string recipientId, string invitationId) =>
        Encoding.UTF8.GetBytes($"eigenplan/notification-address/v1|{recipientId}|{invitationId}");
}
