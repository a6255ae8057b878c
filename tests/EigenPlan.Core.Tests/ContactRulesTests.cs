using EigenPlan.Core.Content;

namespace EigenPlan.Core.Tests;

public class ContactRulesTests
{
    [Theory]
    [InlineData("https://www.example.nl/clientondersteuning")]
    [InlineData("http://example.org")]
    [InlineData("https://EXAMPLE.COM/pad?x=1")]
    [InlineData("https://www.beweegmaatje.example.nl")]
    [InlineData("www.example.nl/pagina")]
    [InlineData("clientondersteuning@example.nl")]
    [InlineData("mailto:info@Example.Org")]
    [InlineData("info@sub.example.com")]
    [InlineData("https://gemeente.example/inleveren")]
    [InlineData("test@voorbeeld.test")]
    public void IsPlaceholder_ExampleDomains_AreSampleData(string value)
    {
        Assert.True(ContactRules.IsPlaceholder(value));
    }

    [Theory]
    [InlineData("https://www.almere.nl/wijkteams")]
    [InlineData("info@almere.nl")]
    [InlineData("https://www.notexample.nl")]
    [InlineData("https://example.nl.evil.com")]
    [InlineData("info@example.nl.almere.nl")]
    [InlineData("14 036")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("gewoon wat tekst")]
    public void IsPlaceholder_RealOrNoAddress_IsNot(string? value)
    {
        Assert.False(ContactRules.IsPlaceholder(value));
    }
}
