using System.Security.Cryptography;

namespace EigenPlan.Core.Security;

/// <summary>
/// The one AES-256-GCM seal and open that every encrypted value of the app goes through (plan keys, the personal code,
/// plan content, the shared plan and its key copies). Each caller binds its value to a purpose and ids through the
/// associated data, so a box moved to another purpose or plan does not open. The format is fixed: existing data in the
/// database was sealed this way.
/// </summary>
public static class AesGcmBox
{
    public const int KeySize = 32;
    public const int NonceSize = 12;
    public const int TagSize = 16;

    /// <summary>Seals with a fresh random 96-bit nonce; the tag is appended to the ciphertext.</summary>
    public static SealedBox Seal(ReadOnlySpan<byte> key, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var output = new byte[plaintext.Length + TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(0, plaintext.Length), output.AsSpan(plaintext.Length), associatedData);
        return new SealedBox(nonce, output);
    }

    /// <summary>
    /// The plaintext; null (never an exception) when the key or associated data is not the one it was sealed with,
    /// when any byte of the box was changed, or when the box or key has the wrong size.
    /// </summary>
    public static byte[]? Open(ReadOnlySpan<byte> key, SealedBox box, ReadOnlySpan<byte> associatedData)
    {
        ArgumentNullException.ThrowIfNull(box);
        if (box.Nonce.Length != NonceSize || box.Ciphertext.Length < TagSize || key.Length != KeySize)
        {
            return null;
        }
        var length = box.Ciphertext.Length - TagSize;
        var plaintext = new byte[length];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(box.Nonce, box.Ciphertext.AsSpan(0, length), box.Ciphertext.AsSpan(length), plaintext, associatedData);
            return plaintext;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }
}
