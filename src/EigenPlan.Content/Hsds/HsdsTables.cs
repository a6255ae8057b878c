using System.Collections.Frozen;

namespace EigenPlan.Content.Hsds;

/// <summary>
/// The Open Referral HSDS 3.0 tables this project writes and reads, as the standard's own <c>datapackage.json</c>
/// defines them (openreferral/specification, tag v3.0): file names, every column in the standard's order, types,
/// formats, <c>required</c>/<c>unique</c>, the <c>status</c> and <c>location_type</c> enums, and foreign keys. Our own
/// extra columns come after the standard's, are named <c>eigenplan_…</c> and are described in the package's
/// descriptor. The test project checks this list against a vendored copy of the official descriptor.
/// </summary>
public static class HsdsTables
{
    /// <summary>Our own column on <c>service</c>: the entry id, so plans that chose an entry keep working after a round trip.</summary>
    public const string EntryIdColumn = "eigenplan_id";

    /// <summary>Our own column on <c>location</c>: the address as the content file writes it, so a round trip gives it back exactly.</summary>
    public const string AddressColumn = "eigenplan_adres";

    /// <summary>The tables an export writes, in the order of the official descriptor.</summary>
    public static readonly IReadOnlyList<HsdsTable> All =
    [
        new("organization", "organizations.csv",
        [
            Id(),
            new("name", "string", Required: true),
            new("alternate_name", "string"),
            new("description", "string", Required: true),
            new("email", "string", Format: "email"),
            new("website", "string", Format: "uri"),
            new("tax_status", "string"),
            new("tax_id", "string"),
            new("year_incorporated", "number"),
            new("legal_status", "string"),
            new("logo", "string"),
            new("uri", "string", Format: "uri"),
            Ref("parent_organization_id"),
        ],
        []),
        new("service", "services.csv",
        [
            Id(),
            Ref("organization_id", isRequired: true),
            Ref("program_id"),
            new("name", "string", Required: true),
            new("alternate_name", "string"),
            new("description", "string"),
            new("url", "string", Format: "uri"),
            new("email", "string", Format: "email"),
            new("status", "string", Required: true, Enum: ["active", "inactive", "defunct", "temporarily closed"]),
            new("interpretation_services", "string"),
            new("application_process", "string"),
            new("fees_description", "string"),
            new("wait_time", "string"),
            new("fees", "string"),
            new("accreditations", "string"),
            new("eligibility_description", "string"),
            new("minimum_age", "number"),
            new("maximum_age", "number"),
            new("assured_date", "date"),
            new("assurer_email", "string", Format: "email"),
            new("licenses", "string"),
            new("alert", "string"),
            new("last_modified", "datetime"),
        ],
        [new("organization_id", "organization"), new("program_id", "program")])
        {
            Extensions = [new(EntryIdColumn, "string", Description: "Eigen Plan: het id van het item in het gemeentebestand (sociale_kaart, id), zodat plannen die het item kozen na een import blijven werken.")],
        },
        new("attribute", "attributes.csv",
        [
            Id(),
            Ref("link_id", isRequired: true),
            Ref("taxonomy_term_id", isRequired: true),
            new("link_type", "string"),
            new("link_entity", "string", Required: true),
            new("value", "string"),
        ],
        [new("taxonomy_term_id", "taxonomy_term")]),
        new("service_at_location", "service_at_location.csv",
        [
            Id(),
            Ref("service_id", isRequired: true),
            Ref("location_id", isRequired: true),
            new("description", "string"),
        ],
        [new("service_id", "service"), new("location_id", "location")]),
        new("location", "locations.csv",
        [
            Id(),
            new("location_type", "string", Required: true, Enum: ["physical", "postal", "virtual"]),
            new("url", "string", Format: "uri"),
            Ref("organization_id"),
            new("name", "string"),
            new("alternate_name", "string"),
            new("description", "string"),
            new("transportation", "string"),
            new("latitude", "number"),
            new("longitude", "number"),
            new("external_identifier", "string"),
            new("external_identifier_type", "string"),
        ],
        [new("organization_id", "organization")])
        {
            Extensions = [new(AddressColumn, "string", Description: "Eigen Plan: het adres precies zoals in het gemeentebestand (contact, adres).")],
        },
        new("phone", "phones.csv",
        [
            Id(),
            Ref("location_id"),
            Ref("service_id"),
            Ref("organization_id"),
            Ref("contact_id"),
            Ref("service_at_location_id"),
            new("number", "string", Required: true),
            new("extension", "number"),
            new("type", "string"),
            new("description", "string"),
        ],
        [new("contact_id", "contact"), new("location_id", "location"), new("organization_id", "organization"), new("service_id", "service"), new("service_at_location_id", "service_at_location")]),
        new("contact", "contacts.csv",
        [
            Id(),
            Ref("organization_id"),
            Ref("service_id"),
            Ref("service_at_location_id"),
            Ref("location_id"),
            new("name", "string"),
            new("title", "string"),
            new("department", "string"),
            new("email", "string", Format: "email"),
        ],
        [new("location_id", "location"), new("organization_id", "organization"), new("service_id", "service"), new("service_at_location_id", "service_at_location")]),
        new("address", "addresses.csv",
        [
            Id(),
            Ref("location_id"),
            new("attention", "string"),
            new("address_1", "string", Required: true),
            new("address_2", "string"),
            new("city", "string", Required: true),
            new("region", "string"),
            new("state_province", "string", Required: true),
            new("postal_code", "string", Required: true),
            new("country", "string", Required: true),
            new("address_type", "string", Required: true, Enum: ["physical", "postal", "virtual"]),
        ],
        [new("location_id", "location")]),
        new("schedule", "schedules.csv",
        [
            Id(),
            Ref("service_id"),
            Ref("location_id"),
            Ref("service_at_location_id"),
            new("valid_from", "date"),
            new("valid_to", "date"),
            new("dtstart", "date"),
            new("timezone", "number"),
            new("until", "date"),
            new("count", "number"),
            new("wkst", "string", Enum: ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]),
            new("freq", "string", Enum: ["WEEKLY", "MONTHLY"]),
            new("interval", "number"),
            new("byday", "string"),
            new("byweekno", "string"),
            new("bymonthday", "string"),
            new("byyearday", "string"),
            new("description", "string"),
            new("opens_at", "time"),
            new("closes_at", "time"),
            new("schedule_link", "string", Format: "uri"),
            new("attending_type", "string"),
            new("notes", "string"),
        ],
        [new("location_id", "location"), new("service_id", "service"), new("service_at_location_id", "service_at_location")]),
        new("taxonomy_term", "taxonomy_terms.csv",
        [
            Id(),
            new("code", "string", Unique: true),
            new("name", "string", Required: true),
            new("description", "string", Required: true),
            Ref("parent_id"),
            new("taxonomy", "string"),
            new("language", "string"),
            Ref("taxonomy_id"),
            new("term_uri", "string", Format: "uri"),
        ],
        [new("taxonomy_id", "taxonomy")]),
        new("taxonomy", "taxonomies.csv",
        [
            Id(),
            new("name", "string", Required: true),
            new("description", "string", Required: true),
            new("uri", "string", Format: "uri"),
            new("version", "string"),
        ],
        []),
    ];

    /// <summary>The tables by name (<c>organization</c>, <c>service</c>, …).</summary>
    public static readonly FrozenDictionary<string, HsdsTable> ByName = All.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>Every table's columns in file order: the standard's, then ours.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Columns =
        All.ToFrozenDictionary(t => t.Name, t => (IReadOnlyList<string>)[.. t.Columns], StringComparer.Ordinal);

    /// <summary>The columns the standard requires per table.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Required =
        All.ToFrozenDictionary(t => t.Name, t => (IReadOnlyList<string>)[.. t.Fields.Where(f => f.Required).Select(f => f.Name)], StringComparer.Ordinal);

    /// <summary>The table a file name belongs to: the standard's (<c>organizations.csv</c>) or, for exports made before version 3.0 was followed exactly, the table name itself (<c>organization.csv</c>).</summary>
    public static string TableOfFile(string fileName)
    {
        var table = All.FirstOrDefault(t => string.Equals(t.Path, fileName, StringComparison.OrdinalIgnoreCase));
        return table?.Name ?? Path.GetFileNameWithoutExtension(fileName);
    }

    /// <summary>The <c>id</c> column every table starts with: a unique, required uuid.</summary>
    private static HsdsField Id() => new("id", "string", Format: "uuid", Required: true, Unique: true);

    /// <summary>A column that holds the id of a row in another table.</summary>
    private static HsdsField Ref(string name, bool isRequired = false) => new(name, "string", Format: "uuid", Required: isRequired);
}
