namespace EigenPlan.Content.Schema;

/// <summary>
/// The key names of a municipality file (<c>content/municipalities/&lt;id&gt;.yaml</c>), written once for the schema,
/// the municipality rules, the mapper and the YAML writer of the HSDS import.
/// </summary>
internal static class MunicipalityKeys
{
    public const string Id = "id";
    public const string Name = "naam";
    public const string Format = "formaat";
    public const string Example = "voorbeeld";
    public const string Template = "sjabloon";
    public const string HandIn = "inleveren";
    public const string Wijkteam = "wijkteam";
    public const string ClientSupport = "clientondersteuning";
    public const string SocialMap = "sociale_kaart";

    /// <summary><c>wijkteam</c> and <c>clientondersteuning</c>.</summary>
    public static class Team
    {
        public const string Name = MunicipalityKeys.Name;
        public const string Description = "omschrijving";
        public const string Contact = "contact";
    }

    /// <summary>The <c>contact</c> group of a team or an entry.</summary>
    public static class Contact
    {
        public const string Phone = "telefoon";
        public const string Email = "email";
        public const string Website = "website";
        public const string Address = "adres";
    }

    /// <summary>The <c>inleveren</c> group: how to hand in the plan.</summary>
    public static class HandInFields
    {
        public const string Email = Contact.Email;
        public const string PostalAddress = "postadres";
        public const string UploadPage = "uploadpagina";
        public const string Phone = Contact.Phone;
        public const string When = "wanneer";
    }

    /// <summary>One item of <c>sociale_kaart</c>.</summary>
    public static class Entry
    {
        public const string Id = MunicipalityKeys.Id;
        public const string Name = MunicipalityKeys.Name;
        public const string Organisation = "organisatie";
        public const string Kind = "soort";
        public const string Topics = "onderwerpen";
        public const string Summary = "samenvatting";
        public const string ForWhom = "voor_wie";
        public const string Costs = "kosten";
        public const string HowToApply = "aanmelden";
        public const string Contact = "contact";
        public const string OpeningHours = "openingstijden";
        public const string LastChecked = "laatst_gecontroleerd";
    }
}
