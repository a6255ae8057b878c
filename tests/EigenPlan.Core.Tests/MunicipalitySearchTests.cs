using EigenPlan.Core.Content;

namespace EigenPlan.Core.Tests;

public class MunicipalitySearchTests
{
    private static readonly IReadOnlyList<Municipality> All = ManyMunicipalities.All;

    private static string[] Names(MunicipalityMatches matches) => [.. matches.Shown.Select(m => m.Name)];

    [Fact]
    public void Find_Alm_GivesAlmeloAndAlmere()
    {
        var matches = MunicipalitySearch.Find(All, "alm");

        Assert.Equal(["Almelo", "Almere"], Names(matches));
        Assert.Equal(2, matches.Total);
        Assert.False(matches.IsCut);
    }

    [Theory]
    [InlineData("ALMERE", "Almere")]
    [InlineData("  almere ", "Almere")]
    [InlineData("s hertogenbosch", "'s-Hertogenbosch")]
    [InlineData("shertogenbosch", "'s-Hertogenbosch")]
    [InlineData("sudwest", "Súdwest-Fryslân")]
    [InlineData("Súdwest Fryslân", "Súdwest-Fryslân")]
    [InlineData("alphen chaam", "Alphen-Chaam")]
    public void Find_IgnoresCaseAccentsAndPunctuation(string query, string expected)
    {
        Assert.Contains(expected, Names(MunicipalitySearch.Find(All, query)));
    }

    [Fact]
    public void Find_NameStartsWith_BeforeWordStartsWith_BeforeInside()
    {
        var matches = MunicipalitySearch.Find(All, "fry");

        // No name starts with "fry"; both have a word that does.
        Assert.Equal(["Noardeast-Fryslân", "Súdwest-Fryslân"], Names(matches));
        Assert.Equal(["Hollands Kroon", "Kapelle", "Zwolle"], Names(MunicipalitySearch.Find(All, "ll")));
        Assert.Equal("Aalsmeer", MunicipalitySearch.Find(All, "aal").Shown[0].Name);
    }

    [Fact]
    public void Find_ManyMatches_ShowsTheLimitAndCountsAll()
    {
        var matches = MunicipalitySearch.Find(All, "test");

        Assert.Equal(MunicipalitySearch.DefaultLimit, matches.Shown.Count);
        Assert.Equal(ManyMunicipalities.Count - ManyMunicipalities.RealNames.Count, matches.Total);
        Assert.True(matches.IsCut);
        Assert.Equal("Testgemeente 001", matches.Shown[0].Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("'-.")]
    [InlineData("xyzzy")]
    public void Find_NothingToFind_GivesNone(string? query)
    {
        var matches = MunicipalitySearch.Find(All, query);

        Assert.Empty(matches.Shown);
        Assert.Equal(0, matches.Total);
    }

    [Fact]
    public void Find_TextLongerThanAnyName_FindsNothing()
    {
        Assert.Equal(0, MunicipalitySearch.Find(All, new string('a', MunicipalitySearch.MaxQueryLength + 1)).Total);
    }

    [Fact]
    public void Exact_WholeNameOnly()
    {
        Assert.Equal("almere", MunicipalitySearch.Exact(All, "almere")?.Id);
        Assert.Equal("shertogenbosch", MunicipalitySearch.Exact(All, "'s-Hertogenbosch")?.Id);
        Assert.Null(MunicipalitySearch.Exact(All, "alm"));
        Assert.Null(MunicipalitySearch.Exact(All, null));
    }
}
