using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EigenPlan.Core.Content;

namespace EigenPlan.Content.Hsds;

/// <summary>Writes a municipality as a content file in the house style of <c>voorbeeldstad.yaml</c>.</summary>
public static partial class MunicipalityYamlWriter
{
    public static string Write(Municipality municipality, IReadOnlyList<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        var yaml = new StringBuilder()
            .Append("# yaml-language-server: $schema=../schema/municipality.schema.json\n")
            .Append("# Gemaakt met 'eigenplan import-hsds'. Controleer alles voordat inwoners dit zien.\n");
        foreach (var note in notes ?? [])
        {
            yaml.Append("# - ").Append(note.ReplaceLineEndings(" ")).Append('\n');
        }

        yaml.Append('\n');
        Line(yaml, 0, "id", municipality.Id);
        Line(yaml, 0, "naam", municipality.Name);
        Line(yaml, 0, "formaat", municipality.FormatId);
        if (municipality.IsExample)
        {
            yaml.Append("voorbeeld: true\n");
        }

        Team(yaml, "wijkteam", municipality.Wijkteam);
        Team(yaml, "clientondersteuning", municipality.ClientSupport);
        yaml.Append(municipality.SocialMap.Count == 0 ? "\nsociale_kaart: []\n" : "\nsociale_kaart:\n");
        foreach (var entry in municipality.SocialMap)
        {
            yaml.Append('\n');
            Line(yaml, 2, "- id", entry.Id);
            Line(yaml, 4, "naam", entry.Name);
            Line(yaml, 4, "organisatie", entry.Organisation);
            Line(yaml, 4, "soort", entry.Kind.Code());
            yaml.Append("    onderwerpen: [").Append(string.Join(", ", entry.Topics.Select(Scalar))).Append("]\n");
            Line(yaml, 4, "samenvatting", entry.Summary);
            Line(yaml, 4, "voor_wie", entry.ForWhom);
            Line(yaml, 4, "kosten", entry.Costs);
            Line(yaml, 4, "aanmelden", entry.HowToApply);
            Contact(yaml, 4, entry.Contact);
            Line(yaml, 4, "openingstijden", entry.OpeningHours);
            yaml.Append("    laatst_gecontroleerd: ").Append(entry.LastChecked.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }

        return yaml.ToString();
    }

    private static void Team(StringBuilder yaml, string key, TeamContact team)
    {
        yaml.Append('\n').Append(key).Append(":\n");
        Line(yaml, 2, "naam", team.Name);
        Line(yaml, 2, "omschrijving", team.Description);
        Contact(yaml, 2, team.Contact);
    }

    private static void Contact(StringBuilder yaml, int indent, ContactDetails contact)
    {
        yaml.Append(' ', indent).Append("contact:\n");
        // Phone numbers are always quoted: unquoted, "14 036" reads fine but "0361234567" would be a number.
        if (contact.Phone is { } phone)
        {
            yaml.Append(' ', indent + 2).Append("telefoon: ").Append(DoubleQuoted(phone)).Append('\n');
        }

        Line(yaml, indent + 2, "email", contact.Email);
        Line(yaml, indent + 2, "website", contact.Website);
        Line(yaml, indent + 2, "adres", contact.Address);
    }

    private static void Line(StringBuilder yaml, int indent, string key, string? value)
    {
        if (value is not null)
        {
            yaml.Append(' ', indent).Append(key).Append(": ").Append(Scalar(value)).Append('\n');
        }
    }

    /// <summary>Plain when YAML reads it back as the same text, otherwise double-quoted.</summary>
    internal static string Scalar(string value) => SafePlain().IsMatch(value) && !LooksTyped().IsMatch(value) ? value : DoubleQuoted(value);

    private static string DoubleQuoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => $"\\x{(int)c:X2}",
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    // No leading indicator or space, no ": " or " #", no trailing space or colon, one line.
    [GeneratedRegex(@"^[^\s\-?:,\[\]{}#&*!|>'""%@`](?:[^\n\r\t:#]|:(?=[^\s])|(?<=[^\s])#)*(?<![\s:])$", RegexOptions.CultureInvariant)]
    private static partial Regex SafePlain();

    // Values YAML would read as something other than text, or that a reader might: booleans, null, numbers.
    [GeneratedRegex(@"^(?:true|false|yes|no|on|off|y|n|null|~|[-+]?[0-9][0-9_.,:eE+-]*|\.inf|\.nan)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LooksTyped();
}
