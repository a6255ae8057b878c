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
        Id = Read.Text(root, MunicipalityKeys.Id),
        Name = Read.Text(root, MunicipalityKeys.Name),
        FormatId = Read.Text(root, MunicipalityKeys.Format),
        IsSample = Flag(root, MunicipalityKeys.Example),
        IsTemplate = Flag(root, MunicipalityKeys.Template),
        HandIn = root[MunicipalityKeys.HandIn] is YamlMapping handIn ? MapHandIn(handIn) : null,
        Wijkteam = MapTeam(Read.Group(root, MunicipalityKeys.Wijkteam)),
        ClientSupport = MapTeam(Read.Group(root, MunicipalityKeys.ClientSupport)),
        SocialMap = Read.Groups(root, MunicipalityKeys.SocialMap).Select(MapEntry).ToArray(),
    };

    private static bool Flag(YamlMapping root, string key) =>
        Read.OptionalText(root, key) is { } value && SchemaValidator.ParseBoolean(value) == true;

    private static HandInDetails MapHandIn(YamlMapping node) => new()
    {
        Email = Read.OptionalText(node, MunicipalityKeys.HandInFields.Email),
        PostalAddress = Read.OptionalText(node, MunicipalityKeys.HandInFields.PostalAddress),
        UploadPage = Read.OptionalText(node, MunicipalityKeys.HandInFields.UploadPage),
        Phone = Read.OptionalText(node, MunicipalityKeys.HandInFields.Phone),
        When = Read.OptionalText(node, MunicipalityKeys.HandInFields.When),
    };

    private static TeamContact MapTeam(YamlMapping node) => new()
    {
        Name = Read.Text(node, MunicipalityKeys.Team.Name),
        Description = Read.OptionalText(node, MunicipalityKeys.Team.Description),
        Contact = MapContact(Read.Group(node, MunicipalityKeys.Team.Contact)),
    };

    private static ContactDetails MapContact(YamlMapping node) => new()
    {
        Phone = Read.OptionalText(node, MunicipalityKeys.Contact.Phone),
        Email = Read.OptionalText(node, MunicipalityKeys.Contact.Email),
        Website = Read.OptionalText(node, MunicipalityKeys.Contact.Website),
        Address = Read.OptionalText(node, MunicipalityKeys.Contact.Address),
    };

    private static SocialMapEntry MapEntry(YamlMapping node) => new()
    {
        Id = Read.Text(node, MunicipalityKeys.Entry.Id),
        Name = Read.Text(node, MunicipalityKeys.Entry.Name),
        Organisation = Read.OptionalText(node, MunicipalityKeys.Entry.Organisation),
        Kind = EntryKinds.FromCode(Read.Text(node, MunicipalityKeys.Entry.Kind)) ?? throw new InvalidOperationException("Unchecked kind."),
        Topics = Read.Texts(node, MunicipalityKeys.Entry.Topics),
        Summary = Read.Text(node, MunicipalityKeys.Entry.Summary),
        ForWhom = Read.Text(node, MunicipalityKeys.Entry.ForWhom),
        Costs = Read.Text(node, MunicipalityKeys.Entry.Costs),
        HowToApply = Read.Text(node, MunicipalityKeys.Entry.HowToApply),
        Contact = MapContact(Read.Group(node, MunicipalityKeys.Entry.Contact)),
        OpeningHours = Read.OptionalText(node, MunicipalityKeys.Entry.OpeningHours),
        LastChecked = DateOnly.ParseExact(Read.Text(node, MunicipalityKeys.Entry.LastChecked), "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
