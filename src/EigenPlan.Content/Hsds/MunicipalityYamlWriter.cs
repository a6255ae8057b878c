using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EigenPlan.Content.Schema;
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
        Line(yaml, 0, MunicipalityKeys.Id, municipality.Id);
        Line(yaml, 0, MunicipalityKeys.Name, municipality.Name);
        Line(yaml, 0, MunicipalityKeys.Format, municipality.FormatId);
        if (municipality.IsExample)
        {
            yaml.Append(MunicipalityKeys.Example).Append(": true\n");
        }

        Team(yaml, MunicipalityKeys.Wijkteam, municipality.Wijkteam);
        Team(yaml, MunicipalityKeys.ClientSupport, municipality.ClientSupport);
        yaml.Append('\n').Append(MunicipalityKeys.SocialMap).Append(municipality.SocialMap.Count == 0 ? ": []\n" : ":\n");
        foreach (var entry in municipality.SocialMap)
        {
            yaml.Append('\n');
            Line(yaml, 2, "- " + MunicipalityKeys.Entry.Id, entry.Id);
            Line(yaml, 4, MunicipalityKeys.Entry.Name, entry.Name);
            Line(yaml, 4, MunicipalityKeys.Entry.Organisation, entry.Organisation);
            Line(yaml, 4, MunicipalityKeys.Entry.Kind, entry.Kind.Code());
            yaml.Append("    ").Append(MunicipalityKeys.Entry.Topics).Append(": [").Append(string.Join(", ", entry.Topics.Select(Scalar))).Append("]\n");
            Line(yaml, 4, MunicipalityKeys.Entry.Summary, entry.Summary);
            Line(yaml, 4, MunicipalityKeys.Entry.ForWhom, entry.ForWhom);
            Line(yaml, 4, MunicipalityKeys.Entry.Costs, entry.Costs);
            Line(yaml, 4, MunicipalityKeys.Entry.HowToApply, entry.HowToApply);
            Contact(yaml, 4, MunicipalityKeys.Entry.Contact, entry.Contact);
            Line(yaml, 4, MunicipalityKeys.Entry.OpeningHours, entry.OpeningHours);
            // The date plain, as in the hand-written files (Line would quote it: it looks like a number).
            yaml.Append("    ").Append(MunicipalityKeys.Entry.LastChecked).Append(": ").Append(entry.LastChecked.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }

        return yaml.ToString();
    }

    private static void Team(StringBuilder yaml, string key, TeamContact team)
    {
        yaml.Append('\n').Append(key).Append(":\n");
        Line(yaml, 2, MunicipalityKeys.Team.Name, team.Name);
        Line(yaml, 2, MunicipalityKeys.Team.Description, team.Description);
        Contact(yaml, 2, MunicipalityKeys.Team.Contact, team.Contact);
    }

    private static void Contact(StringBuilder yaml, int indent, string key, ContactDetails contact)
    {
        yaml.Append(' ', indent).Append(key).Append(":\n");
        // Phone numbers are always quoted: unquoted, "14 036" reads fine but "0361234567" would be a number.
        if (contact.Phone is { } phone)
        {
            yaml.Append(' ', indent + 2).Append(MunicipalityKeys.Contact.Phone).Append(": ").Append(DoubleQuoted(phone)).Append('\n');
        }

        Line(yaml, indent + 2, MunicipalityKeys.Contact.Email, contact.Email);
        Line(yaml, indent + 2, MunicipalityKeys.Contact.Website, contact.Website);
        Line(yaml, indent + 2, MunicipalityKeys.Contact.Address, contact.Address);
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
