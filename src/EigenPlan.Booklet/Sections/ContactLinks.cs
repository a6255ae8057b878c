using System.Text;
using EigenPlan.Core.Content;

namespace EigenPlan.Booklet.Sections;

/// <summary>
/// Turns contact details into safe link targets (tel:, mailto:, https:), or null when they are not usable as a link.
/// Addresses on domains reserved for examples (<see cref="ContactRules.IsPlaceholder"/>, e.g. example.nl) lead nowhere:
/// they are printed as text, never as a link.
/// </summary>
internal static class ContactLinks
{
    /// <summary>Dutch numbers: "036 123 45 67" becomes tel:+31361234567; short numbers such as "14 036" stay as they are.</summary>
    public static string? Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new StringBuilder();
        foreach (var c in phone)
        {
            if (char.IsAsciiDigit(c) || (c == '+' && digits.Length == 0))
            {
                digits.Append(c);
            }
        }

        var number = digits.ToString();
        if (number.Length < 3 || number.Length > 16)
        {
            return null;
        }

        return number.Length == 10 && number[0] == '0' ? $"tel:+31{number[1..]}" : $"tel:{number}";
    }

    public static string? Email(string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '"')
            || email.Count(c => c == '@') != 1 || ContactRules.IsPlaceholder(email))
        {
            return null;
        }

        return $"mailto:{email}";
    }

    public static string? Website(string? website) =>
        Uri.TryCreate(website, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !ContactRules.IsPlaceholder(website)
            ? uri.AbsoluteUri
            : null;
}
