using EigenPlan.Core.Content;

namespace EigenPlan.Content.Tests;

/// <summary>The committed content in /content loads without errors and has the shape of the paper booklet.</summary>
public class RealContentTests
{
    private static readonly ContentSnapshot Snapshot =
        ContentLoader.LoadDirectory(Path.Combine(RepoRoot.Path, "content"));

    [Fact]
    public void RealContent_HasNoErrors()
    {
        Assert.False(Snapshot.HasErrors, string.Join("\n", Snapshot.Problems));
    }

    [Fact]
    public void BasisFormat_HasSixHousesAndThreeTopicsUnderTijdsbesteding()
    {
        var basis = Snapshot.FindFormat("basis");

        Assert.NotNull(basis);
        Assert.Equal(6, basis.Houses.Count);
        Assert.Equal(3, basis.FindHouse("tijdsbesteding")!.Topics.Count);
        Assert.All(basis.Houses.Where(h => h.Id != "tijdsbesteding"), h => Assert.Equal(2, h.Topics.Count));
        Assert.Equal(6, basis.Smileys.Count);
    }

    [Fact]
    public void Almere_CoversEveryTopicOfTheBasisFormat()
    {
        var almere = Snapshot.FindMunicipality("almere");
        var basis = Snapshot.FindFormat("basis");

        Assert.NotNull(almere);
        Assert.NotNull(basis);
        Assert.Equal("basis", almere.FormatId);
        Assert.All(basis.Topics, topic => Assert.NotEmpty(almere.EntriesFor(topic.Key)));
    }

    [Fact]
    public void Voorbeeldstad_Loads()
    {
        Assert.NotNull(Snapshot.FindMunicipality("voorbeeldstad"));
    }

    [Fact]
    public void Almere_IsSampleData_WithHandInDetails_OnPlaceholderAddresses()
    {
        var almere = Snapshot.FindMunicipality("almere")!;

        Assert.True(almere.IsSample);
        Assert.False(almere.IsTemplate);
        Assert.NotNull(almere.HandIn);
        Assert.NotNull(almere.HandIn.When);
        // Sample addresses are on example.nl, so pages show them as text, never as a link.
        Assert.True(ContactRules.IsPlaceholder(almere.HandIn.Email));
        Assert.True(ContactRules.IsPlaceholder(almere.HandIn.UploadPage));
    }

    [Fact]
    public void Voorbeeldstad_IsATemplate_NeverOfferedToResidents()
    {
        var template = Snapshot.FindMunicipality("voorbeeldstad")!;

        Assert.True(template.IsTemplate);
        Assert.True(template.IsSample);
        Assert.NotNull(template.HandIn);
    }
}
