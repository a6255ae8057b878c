using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using EigenPlan.Core.Security;

namespace EigenPlan.Web.State.Pending;

/// <summary>
/// The key that encrypts this tab's buffer of unconfirmed text (AES-GCM in the browser), derived from the device's
/// secret with HKDF. The browser holds it only in memory, and gets it again from the server in every new circuit, as
/// long as this device may open the plan. So the buffer in <c>sessionStorage</c> is never more readable than the plan
/// itself: a tab restored on a shared computer after the resident closed the plan holds only ciphertext, and the key is
/// gone with the device.
/// </summary>
public static class PendingTextKey
{
    public const int Size = 32;

    public static byte[] Derive(DeviceCredential device)
    {
        ArgumentNullException.ThrowIfNull(device);
        var secret = Base64Url.DecodeFromChars(device.Secret);
        try
        {
            var info = Encoding.UTF8.GetBytes($"eigenplan/pending-text/v1|{device.PlanId.Value}|{device.DeviceId}");
            return HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, Size, salt: [], info);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }
}
