namespace EigenPlan.Content.Hsds;

/// <summary>
/// The Open Referral HSDS 3.0 tables this project writes and reads, with their columns (the fields each table's
/// schema requires first). Column order is the order of the CSV files.
/// </summary>
public static class HsdsTables
{
    /// <summary>Our own column on <c>service</c>: the entry id, so plans that chose an entry keep working after a round trip.</summary>
    public const string EntryIdColumn = "eigenplan_id";

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Columns = new Dictionary<string, IReadOnlyList<string>>
    {
        ["organization"] = ["id", "name", "description", "email", "website"],
        ["service"] = ["id", "organization_id", "name", "status", "description", "url", "email", "eligibility_description", "fees_description", "application_process", "assured_date", "last_modified", EntryIdColumn],
        ["location"] = ["id", "location_type", "organization_id", "name", "description"],
        ["address"] = ["id", "location_id", "address_1", "city", "state_province", "postal_code", "country", "address_type"],
        ["service_at_location"] = ["id", "service_id", "location_id"],
        ["contact"] = ["id", "service_id", "organization_id", "name", "email"],
        ["phone"] = ["id", "service_id", "organization_id", "number"],
        ["schedule"] = ["id", "service_id", "description"],
        ["taxonomy"] = ["id", "name", "description", "version"],
        ["taxonomy_term"] = ["id", "code", "name", "description", "taxonomy_id", "parent_id"],
        ["attribute"] = ["id", "link_id", "link_type", "link_entity", "taxonomy_term_id", "value"],
    };

    /// <summary>
    /// Fields HSDS 3.0 requires per table (<c>schema/simple/schema.csv</c> of openreferral/specification: "required",
    /// plus "required in the tabular form").
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Required = new Dictionary<string, IReadOnlyList<string>>
    {
        ["organization"] = ["id", "name", "description"],
        ["service"] = ["id", "name", "status", "organization_id"],
        ["location"] = ["id", "location_type"],
        ["address"] = ["id", "address_1", "city", "state_province", "postal_code", "country", "address_type"],
        ["service_at_location"] = ["id", "service_id", "location_id"],
        ["contact"] = ["id"],
        ["phone"] = ["id", "number"],
        ["schedule"] = ["id"],
        ["taxonomy"] = ["id", "name", "description"],
        ["taxonomy_term"] = ["id", "name", "description"],
        ["attribute"] = ["id", "link_id", "taxonomy_term_id", "link_entity"],
    };
}
