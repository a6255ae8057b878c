using System.Security.Cryptography;
using System.Text;
using EigenPlan.Web.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web.Components.Pages.Staff;

/// <summary>
/// Checks a typed staff key against every configured key in constant time, and signs in with cookie authentication
/// (<see cref="StaffPrincipal"/>). Wrong keys are limited per client by the <c>staff</c> rate-limiting policy.
/// </summary>
public sealed partial class StaffAccess(IOptions<StaffOptions> options, ILogger<StaffAccess> logger)
{
    public bool IsEnabled => options.Value.IsEnabled;

    /// <summary>The name of the key typed, or null when it matches none. Compares with every key, whatever matched.</summary>
    public string? Match(string? typed)
    {
        if (typed is null)
        {
            return null;
        }
        var typedHash = SHA256.HashData(Encoding.UTF8.GetBytes(typed));
        string? found = null;
        foreach (var (name, key) in options.Value.AllKeys)
        {
            if (CryptographicOperations.FixedTimeEquals(typedHash, SHA256.HashData(Encoding.UTF8.GetBytes(key))))
            {
                found ??= name;
            }
        }
        return found;
    }

    /// <summary>Signs this browser in as staff when the key is right; false (and nothing set) otherwise.</summary>
    public async Task<bool> SignInAsync(HttpContext http, string? typed)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (Match(typed) is not { } name)
        {
            LogWrongKey(logger);
            return false;
        }
        await http.SignInAsync(StaffPrincipal.Scheme, StaffPrincipal.Create(name, typed!), new AuthenticationProperties { IsPersistent = true });
        LogSignedIn(logger, name);
        return true;
    }

    // The key's name only, never the key.
    [LoggerMessage(Level = LogLevel.Information, Message = "Staff signed in with key {KeyName}")]
    private static partial void LogSignedIn(ILogger logger, string keyName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Staff sign-in with a wrong key")]
    private static partial void LogWrongKey(ILogger logger);
}
