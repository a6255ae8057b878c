using EigenPlan.Web.Hosting;

namespace EigenPlan.Web.Tests;

/// <summary>Only pages without a lasting secret are compressed (BREACH); see <see cref="HtmlCompression"/>.</summary>
public class HtmlCompressionTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/verder")]
    [InlineData("/nieuw/almere")]
    [InlineData("/privacy")]
    [InlineData("/plan/ABC123/huisjes")]
    [InlineData("/plan/ABC123/onderwerp/geldzaken.inkomen")]
    [InlineData("/plan/ABC123/vrije-ruimte/geldzaken")]
    [InlineData("/plan/ABC123/overzicht")]
    [InlineData("/plan/ABC123/mijn-plan")]
    public void Allows_ResidentPagesWithoutALastingSecret(string path) => Assert.True(HtmlCompression.Allows(path));

    [Theory]
    [InlineData("/plan/ABC123/code")]
    [InlineData("/plan/ABC123/nieuwe-code")]
    [InlineData("/plan/ABC123/verwijderen")]
    [InlineData("/plan/ABC123/gegevens")]
    [InlineData("/plan/ABC123/samen/uitnodigen")]
    [InlineData("/plan/ABC123/huisjes/extra/deel")]
    [InlineData("/samen/uitnodiging/abc")]
    [InlineData("/beheer")]
    [InlineData("/beheer/almere")]
    [InlineData("/boekje/leeg/almere")]
    [InlineData("/status/404")]
    public void Refuses_PagesWithASecret_AndEverythingNotListed(string path) => Assert.False(HtmlCompression.Allows(path));
}
