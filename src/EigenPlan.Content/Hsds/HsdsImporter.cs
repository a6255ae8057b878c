using System.Globalization;
using System.Text;
using EigenPlan.Core.Content;

namespace EigenPlan.Content.Hsds;

/// <summary>
/// Turns an HSDS package into a municipality: every <c>service</c> becomes a Sociale Kaart entry. Fields HSDS does not
/// have, or a package leaves out, get a visible placeholder and a note, and the file is marked <c>voorbeeld: true</c>
/// when anything had to be made up, so nobody publishes it unchecked.
/// </summary>
public static class HsdsImporter
{
    /// <summary>What an import produced: the municipality and notes for the person running it.</summary>
    public sealed record Result(Municipality Municipality, IReadOnlyList<string> Notes);

    public const string Unknown = "Nog niet bekend. Vul dit in.";

    public static Result Import(HsdsPackage package, string id, string name, Format format)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(format);
        var notes = new List<string>();
        var index = new HsdsIndex(package);
        var topicKeys = format.Topics.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var entries = new List<SocialMapEntry>();
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var service in package.Rows("service"))
        {
            var serviceId = service.GetValueOrDefault("id", "");
            var serviceName = service.GetValueOrDefault("name") ?? "Naamloos";
            var codes = index.TermCodes(serviceId);
            var topics = codes.GetValueOrDefault(HsdsExporter.TopicTaxonomy, []).Where(topicKeys.Contains).ToArray();
            if (topics.Length == 0)
            {
                notes.Add($"'{serviceName}' overgeslagen: geen onderwerp van formaat '{format.Id}'.");
                continue;
            }

            var entryId = UniqueId(service.GetValueOrDefault(HsdsTables.EntryIdColumn) ?? Slug(serviceName), usedIds);
            var organisation = index.OrganizationName(service.GetValueOrDefault("organization_id"));
            entries.Add(new SocialMapEntry
            {
                Id = entryId,
                Name = serviceName,
                Organisation = organisation == serviceName ? null : organisation,
                Kind = EntryKinds.FromCode(codes.GetValueOrDefault(HsdsExporter.KindTaxonomy, []).FirstOrDefault()) ?? EntryKind.Professioneel,
                Topics = topics,
                Summary = Required(service, "description", serviceName, "samenvatting", notes),
                ForWhom = Required(service, "eligibility_description", serviceName, "voor_wie", notes),
                Costs = Required(service, "fees_description", serviceName, "kosten", notes),
                HowToApply = Required(service, "application_process", serviceName, "aanmelden", notes),
                Contact = new ContactDetails
                {
                    Phone = index.Phone("service_id", serviceId),
                    Email = service.GetValueOrDefault("email") ?? index.Email("service_id", serviceId),
                    Website = service.GetValueOrDefault("url"),
                    Address = index.ServiceAddress(serviceId),
                },
                OpeningHours = index.Schedule(serviceId),
                LastChecked = Date(service) ?? DateOnly.FromDateTime(DateTime.UtcNow),
            });
        }

        var municipality = new Municipality
        {
            Id = id,
            Name = name,
            FormatId = format.Id,
            Wijkteam = index.Team("wijkteam", $"Wijkteam {name}", notes),
            ClientSupport = index.Team("clientondersteuning", $"Cliëntondersteuning {name}", notes),
            SocialMap = entries,
        };
        return new Result(municipality with { IsExample = notes.Count > 0 }, notes);
    }

    private static string Required(Dictionary<string, string> row, string column, string serviceName, string field, List<string> notes)
    {
        if (row.GetValueOrDefault(column) is { Length: > 0 } value)
        {
            return value;
        }

        notes.Add($"'{serviceName}': '{field}' ontbreekt in het pakket ({column}); vul het zelf in.");
        return Unknown;
    }

    private static DateOnly? Date(Dictionary<string, string> row)
    {
        var text = row.GetValueOrDefault("assured_date") ?? row.GetValueOrDefault("last_modified");
        return text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static string UniqueId(string wanted, HashSet<string> used)
    {
        var id = wanted;
        for (var n = 2; !used.Add(id); n++)
        {
            id = $"{wanted}-{n}";
        }

        return id;
    }

    /// <summary>An id from a name: lowercase letters and digits joined by single dashes ("Repair Café" → "repair-cafe").</summary>
    internal static string Slug(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                text.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && text.Length > 0 && text[^1] != '-')
            {
                text.Append('-');
            }
        }

        var slug = text.ToString().Trim('-');
        return slug.Length > 0 ? slug : "item";
    }
}
