using EigenPlan.Core.Content;

namespace EigenPlan.Content.Hsds;

/// <summary>Look-ups across the tables of one package, built once.</summary>
internal sealed class HsdsIndex
{
    private readonly HsdsPackage _package;
    private readonly Dictionary<string, (string Taxonomy, string Code)> _terms;
    private readonly ILookup<string, Dictionary<string, string>> _attributes;

    public HsdsIndex(HsdsPackage package)
    {
        _package = package;
        var taxonomies = package.Rows("taxonomy").Where(r => r.ContainsKey("id")).ToDictionary(r => r["id"], r => r.GetValueOrDefault("name", ""), StringComparer.Ordinal);
        _terms = package.Rows("taxonomy_term").Where(r => r.ContainsKey("id")).ToDictionary(
            r => r["id"],
            r => (taxonomies.GetValueOrDefault(r.GetValueOrDefault("taxonomy_id", ""), r.GetValueOrDefault("taxonomy", "")), r.GetValueOrDefault("code") ?? r.GetValueOrDefault("name", "")),
            StringComparer.Ordinal);
        _attributes = package.Rows("attribute").ToLookup(r => r.GetValueOrDefault("link_id", ""), StringComparer.Ordinal);
    }

    /// <summary>Term codes linked to a row, by taxonomy name.</summary>
    public Dictionary<string, List<string>> TermCodes(string linkId)
    {
        var codes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var attribute in _attributes[linkId])
        {
            if (_terms.TryGetValue(attribute.GetValueOrDefault("taxonomy_term_id", ""), out var term))
            {
                (codes.TryGetValue(term.Taxonomy, out var list) ? list : codes[term.Taxonomy] = []).Add(term.Code);
            }
        }

        return codes;
    }

    public string? OrganizationName(string? id) =>
        id is null ? null : Filled(_package.Rows("organization").FirstOrDefault(r => r.GetValueOrDefault("id") == id)?.GetValueOrDefault("name"));

    public string? Phone(string column, string id) =>
        _package.Rows("phone").FirstOrDefault(r => r.GetValueOrDefault(column) == id)?.GetValueOrDefault("number");

    public string? Email(string column, string id) =>
        _package.Rows("contact").FirstOrDefault(r => r.GetValueOrDefault(column) == id && r.ContainsKey("email"))?.GetValueOrDefault("email");

    public string? Schedule(string serviceId) =>
        Filled(_package.Rows("schedule").FirstOrDefault(r => r.GetValueOrDefault("service_id") == serviceId)?.GetValueOrDefault("description"));

    /// <summary>The address of a service's first location, or null for a virtual one.</summary>
    public string? ServiceAddress(string serviceId)
    {
        var locationId = _package.Rows("service_at_location").FirstOrDefault(r => r.GetValueOrDefault("service_id") == serviceId)?.GetValueOrDefault("location_id");
        return _package.Rows("location").FirstOrDefault(r => r.GetValueOrDefault("id") == locationId) is { } location ? LocationAddress(location) : null;
    }

    /// <summary>
    /// A location's address: as our export wrote it (<see cref="HsdsTables.AddressColumn"/>), in an earlier export's
    /// description, or put together from its <c>address</c> row ("Straat 1, 1234 AB Plaats").
    /// </summary>
    private string? LocationAddress(Dictionary<string, string> location)
    {
        if (Filled(location.GetValueOrDefault(HsdsTables.AddressColumn)) is { } written)
        {
            return written;
        }

        if (_package.IsLegacyLayout && Filled(location.GetValueOrDefault("description")) is { } description)
        {
            return description;
        }

        var id = location.GetValueOrDefault("id");
        return _package.Rows("address").FirstOrDefault(r => r.GetValueOrDefault("location_id") == id) is { } a
            ? $"{a.GetValueOrDefault("address_1")}, {a.GetValueOrDefault("postal_code")} {a.GetValueOrDefault("city")}"
            : null;
    }

    /// <summary>The organization marked with this role, or a placeholder (with a note) when the package has none.</summary>
    public TeamContact Team(string role, string fallbackName, List<string> notes)
    {
        var organization = _package.Rows("organization").FirstOrDefault(r =>
            TermCodes(r.GetValueOrDefault("id", "")).GetValueOrDefault(HsdsExporter.RoleTaxonomy, []).Contains(role));
        if (organization is null)
        {
            notes.Add($"Geen {role} in het pakket; vul naam en contact zelf in.");
            return new TeamContact { Name = fallbackName, Contact = new ContactDetails { Website = "https://www.example.nl" } };
        }

        var id = organization["id"];
        var address = _package.Rows("location").Where(r => r.GetValueOrDefault("organization_id") == id).Select(LocationAddress).FirstOrDefault(a => a is not null);
        var name = Filled(organization.GetValueOrDefault("name")) ?? fallbackName;
        var description = Filled(organization.GetValueOrDefault("description"));
        return new TeamContact
        {
            Name = name,
            Description = description == $"{name}." ? null : description, // the export's stand-in for "no description"
            Contact = new ContactDetails
            {
                Phone = Phone("organization_id", id),
                Email = organization.GetValueOrDefault("email") ?? Email("organization_id", id),
                Website = organization.GetValueOrDefault("website"),
                Address = address,
            },
        };
    }

    /// <summary>The text, or null when it is empty or only spaces (which a content file may not hold).</summary>
    private static string? Filled(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
