using System.Globalization;
using System.Text.RegularExpressions;
using EigenPlan.Core.Content;

namespace EigenPlan.Content.Hsds;

/// <summary>
/// Writes a municipality's Sociale Kaart as HSDS tables: each entry a <c>service</c> of an <c>organization</c>
/// (<c>organisatie</c>, or the entry's own name), its address a <c>location</c> (+ <c>address</c> when it has a postal
/// code), phone and e-mail as <c>phone</c> and <c>contact</c>, opening hours a <c>schedule</c>, and the topics and
/// kind as <c>taxonomy_term</c>s linked through <c>attribute</c>. The wijkteam and cliëntondersteuning are
/// organizations with a role term, so an import can restore them.
/// </summary>
public static partial class HsdsExporter
{
    public const string TopicTaxonomy = "eigenplan-onderwerpen";
    public const string KindTaxonomy = "eigenplan-soort";
    public const string RoleTaxonomy = "eigenplan-rol";

    public static HsdsPackage Export(Municipality municipality, Format format)
    {
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(format);
        var export = new Writer(municipality);
        export.Taxonomies(format);
        export.Team(municipality.Wijkteam, "wijkteam");
        export.Team(municipality.ClientSupport, "clientondersteuning");
        foreach (var entry in municipality.SocialMap)
        {
            export.Entry(entry);
        }

        return export.Package;
    }

    /// <summary>"Straat 1, 1234 AB Plaats" → street, postal code, city; null when there is no Dutch postal code.</summary>
    public static (string Street, string PostalCode, string City)? SplitAddress(string address)
    {
        var match = DutchAddress().Match(address);
        return match.Success ? (match.Groups["street"].Value.Trim(), match.Groups["postcode"].Value, match.Groups["city"].Value.Trim()) : null;
    }

    /// <summary>What each kind of help means, for systems that read the export.</summary>
    private static string KindDescription(EntryKind kind) => kind switch
    {
        EntryKind.Professioneel => "Betaalde hulpverleners.",
        EntryKind.Vrijwilligers => "Vrijwilligers, vaak van een organisatie.",
        _ => "Buren, lotgenoten, een groep uit de buurt.",
    };

    [GeneratedRegex(@"^(?<street>.+),\s*(?<postcode>[1-9][0-9]{3} ?[A-Z]{2})\s+(?<city>.+)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DutchAddress();

    private sealed class Writer(Municipality municipality)
    {
        private readonly Dictionary<string, string> _organizations = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _terms = new(StringComparer.Ordinal);

        public HsdsPackage Package { get; } = new();

        private string Id(string kind, string key) => HsdsIds.For(municipality.Id, kind, key);

        public void Taxonomies(Format format)
        {
            Taxonomy(TopicTaxonomy, $"Onderwerpen van Eigen Plan-formaat '{format.Id}'", format.Id,
                format.Topics.Select(t => (t.Key, t.Title, t.Essence)));
            Taxonomy(KindTaxonomy, "Wie de hulp geeft", "1",
                Enum.GetValues<EntryKind>().Select(kind => (kind.Code(), kind.Label(), KindDescription(kind))));
            Taxonomy(RoleTaxonomy, "Rol van een organisatie in het Eigen Plan", "1",
                [("wijkteam", "Wijkteam", "Het wijkteam van de gemeente."), ("clientondersteuning", "Cliëntondersteuning", "De onafhankelijke cliëntondersteuning.")]);
        }

        private void Taxonomy(string name, string description, string version, IEnumerable<(string Code, string Name, string Description)> terms)
        {
            var taxonomyId = Id("taxonomy", name);
            Package.Table("taxonomy").Add(("id", taxonomyId), ("name", name), ("description", description), ("version", version));
            foreach (var (code, termName, termDescription) in terms)
            {
                var termId = Id("taxonomy_term", name + "/" + code);
                _terms[name + "/" + code] = termId;
                Package.Table("taxonomy_term").Add(("id", termId), ("code", code), ("name", termName), ("description", termDescription), ("taxonomy_id", taxonomyId));
            }
        }

        public void Team(TeamContact team, string role)
        {
            var organizationId = Id("organization", "team/" + role);
            Package.Table("organization").Add(("id", organizationId), ("name", team.Name),
                ("description", team.Description ?? $"{team.Name}."), ("email", team.Contact.Email), ("website", team.Contact.Website));
            Attribute(organizationId, "organization", RoleTaxonomy, role);
            Contact(team.Contact, "organization_id", organizationId, "team/" + role, team.Name);
            if (team.Contact.Address is { } address)
            {
                Package.Table("location").Add(("id", Id("location", "team/" + role)), ("location_type", "physical"), ("organization_id", organizationId),
                    ("name", team.Name), ("description", address));
            }
        }

        public void Entry(SocialMapEntry entry)
        {
            var serviceId = Id("service", entry.Id);
            var organizationId = Organization(entry.Organisation ?? entry.Name);
            Package.Table("service").Add(("id", serviceId), ("organization_id", organizationId), ("name", entry.Name), ("status", "active"),
                ("description", entry.Summary), ("url", entry.Contact.Website), ("email", entry.Contact.Email),
                ("eligibility_description", entry.ForWhom), ("fees_description", entry.Costs), ("application_process", entry.HowToApply),
                ("assured_date", entry.LastChecked.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("last_modified", entry.LastChecked.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00.000Z"),
                (HsdsTables.EntryIdColumn, entry.Id));
            Attribute(serviceId, "service", KindTaxonomy, entry.Kind.Code());
            foreach (var topic in entry.Topics)
            {
                Attribute(serviceId, "service", TopicTaxonomy, topic);
            }

            Contact(entry.Contact, "service_id", serviceId, entry.Id, entry.Name);
            if (entry.OpeningHours is { } hours)
            {
                Package.Table("schedule").Add(("id", Id("schedule", entry.Id)), ("service_id", serviceId), ("description", hours));
            }

            if (entry.Contact.Address is { } address)
            {
                var locationId = Id("location", entry.Id);
                Package.Table("location").Add(("id", locationId), ("location_type", "physical"), ("organization_id", organizationId),
                    ("name", entry.Name), ("description", address));
                Package.Table("service_at_location").Add(("id", Id("service_at_location", entry.Id)), ("service_id", serviceId), ("location_id", locationId));
                if (SplitAddress(address) is var (street, postalCode, city))
                {
                    // HSDS requires a province; the content file does not know it, so the municipality stands in.
                    Package.Table("address").Add(("id", Id("address", entry.Id)), ("location_id", locationId), ("address_1", street), ("city", city),
                        ("state_province", municipality.Name), ("postal_code", postalCode), ("country", "NL"), ("address_type", "physical"));
                }
            }
        }

        private void Contact(ContactDetails contact, string linkColumn, string linkId, string key, string name)
        {
            if (contact.Phone is { } phone)
            {
                Package.Table("phone").Add(("id", Id("phone", key)), (linkColumn, linkId), ("number", phone));
            }

            if (contact.Email is { } email)
            {
                Package.Table("contact").Add(("id", Id("contact", key)), (linkColumn, linkId), ("name", name), ("email", email));
            }
        }

        private string Organization(string name)
        {
            if (_organizations.TryGetValue(name, out var id))
            {
                return id;
            }

            id = Id("organization", name);
            _organizations[name] = id;
            Package.Table("organization").Add(("id", id), ("name", name), ("description", $"Aanbieder op de Sociale Kaart van {municipality.Name}."));
            return id;
        }

        private void Attribute(string linkId, string entity, string taxonomy, string code)
        {
            if (!_terms.TryGetValue(taxonomy + "/" + code, out var termId))
            {
                return;
            }

            Package.Table("attribute").Add(("id", Id("attribute", $"{linkId}/{taxonomy}/{code}")), ("link_id", linkId), ("link_type", taxonomy),
                ("link_entity", entity), ("taxonomy_term_id", termId), ("value", code));
        }
    }
}
