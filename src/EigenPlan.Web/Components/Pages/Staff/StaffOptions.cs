using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace EigenPlan.Web.Components.Pages.Staff;

/// <summary>
/// Configuration section <c>Staff</c>: named access keys for the preview pages, one per person or team
/// (<c>Staff__Keys__jan=…</c>), so the log says which key signed in and one key can be withdrawn alone. The older single
/// <c>Staff:AccessKey</c> still works and is named <see cref="LegacyKeyName"/>. No key: the preview is off.
/// Keep keys out of the repository (environment variables, a systemd <c>EnvironmentFile</c> readable by root only).
/// </summary>
public sealed partial class StaffOptions
{
    public const string SectionName = "Staff";

    /// <summary>Shortest key accepted (24 characters, e.g. <c>openssl rand -base64 24</c> gives 32).</summary>
    public const int MinKeyLength = 24;

    /// <summary>The name the log uses for <see cref="AccessKey"/>.</summary>
    public const string LegacyKeyName = "toegangscode";

    /// <summary><c>Staff:Keys:&lt;name&gt;</c>: the key of each person or team, by name.</summary>
    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary><c>Staff:AccessKey</c>: one unnamed key, from before keys had names.</summary>
    public string? AccessKey { get; set; }

    /// <summary>Every usable key by name.</summary>
    public IReadOnlyList<(string Name, string Key)> AllKeys =>
        [.. Keys.Where(k => !string.IsNullOrEmpty(k.Value)).Select(k => (k.Key, k.Value)),
         .. string.IsNullOrEmpty(AccessKey) ? [] : new[] { (LegacyKeyName, AccessKey) }];

    public bool IsEnabled => AllKeys.Count > 0;

    /// <summary>Every problem, each saying which setting to fix; empty when usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var (name, key) in AllKeys)
        {
            var setting = name == LegacyKeyName && ReferenceEquals(key, AccessKey) ? "Staff:AccessKey" : $"Staff:Keys:{name}";
            if (key.Length < MinKeyLength)
            {
                problems.Add($"{setting} is {key.Length} characters long; a staff key needs at least {MinKeyLength}. Make one with: openssl rand -base64 24");
            }
            if (!KeyName().IsMatch(name))
            {
                problems.Add($"{setting}: a key name has 1 to 40 letters, digits, '-' or '_'.");
            }
        }
        return problems;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,40}$")]
    private static partial Regex KeyName();

    /// <summary>Stops the start-up with every problem in the message.</summary>
    internal sealed class Validator : IValidateOptions<StaffOptions>
    {
        public ValidateOptionsResult Validate(string? name, StaffOptions options) =>
            options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
