using System.Globalization;
using EigenPlan.Content.Schema;
using EigenPlan.Content.Yaml;
using EigenPlan.Core.Content;

namespace EigenPlan.Content.Mapping;

/// <summary>Turns a checked municipality tree into the Core <see cref="Municipality"/> record.</summary>
internal static class MunicipalityMapper
{
    public static Municipality Map(YamlMapping root) => new()
    {
        Id = Read.Text(root, "id"),
        Name = Read.Text(root, "naam"),
        FormatId = Read.Text(root, "formaat"),
        IsExample = Read.OptionalText(root, "voorbeeld") is { } example && SchemaValidator.ParseBoolean(example) == true,
        Wijkteam = MapTeam(Read.Group(root, "wijkteam")),
        ClientSupport = MapTeam(Read.Group(root, "clientondersteuning")),
        SocialMap = Read.Groups(root, "sociale_kaart").Select(MapEntry).ToArray(),
    };

    private static TeamContact MapTeam(YamlMapping node) => new()
    {
        Name = Read.Text(node, "naam"),
        Description = Read.OptionalText(node, "omschrijving"),
        Contact = MapContact(Read.Group(node, "contact")),
    };

    private static ContactDetails MapContact(YamlMapping node) => new()
    {
        Phone = Read.OptionalText(node, "telefoon"),
        Email = Read.OptionalText(node, "email"),
        Website = Read.OptionalText(node, "website"),
        Address = Read.OptionalText(node, "adres"),
    };

    private static SocialMapEntry MapEntry(YamlMapping node) => new()
    {
        Id = Read.Text(node, "id"),
        Name = Read.Text(node, "naam"),
        Organisation = Read.OptionalText(node, "organisatie"),
        Kind = EntryKinds.FromCode(Read.Text(node, "soort")) ?? throw new InvalidOperationException("Unchecked kind."),
        Topics = Read.Texts(node, "onderwerpen"),
        Summary = Read.Text(node, "samenvatting"),
        ForWhom = Read.Text(node, "voor_wie"),
        Costs = Read.Text(node, "kosten"),
        HowToApply = Read.Text(node, "aanmelden"),
        Contact = MapContact(Read.Group(node, "contact")),
        OpeningHours = Read.OptionalText(node, "openingstijden"),
        LastChecked = DateOnly.ParseExact(Read.Text(node, "laatst_gecontroleerd"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
