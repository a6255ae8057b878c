namespace EigenPlan.Core.Security;

/// <summary>An AES-GCM result (see <see cref="AesGcmBox"/>): the 96-bit nonce and the ciphertext with its 128-bit tag appended.</summary>
public sealed record SealedBox(byte[] Nonce, byte[] Ciphertext);
