using EigenPlan.Core.Content;

namespace EigenPlan.Core.Tests;

public class EntryKindTests
{
    [Fact]
    public void Label_EveryKind_HasItsOwnResidentWords()
    {
        var labels = Enum.GetValues<EntryKind>().Select(k => k.Label()).ToList();

        Assert.Equal(["Professionele hulp", "Vrijwilligers", "Hulp van mensen om je heen"], labels);
    }

    [Fact]
    public void Codes_AreTheWordsOfTheContentFiles()
    {
        Assert.Equal(["professioneel", "vrijwilligers", "informeel"], EntryKinds.Codes);
    }

    [Theory]
    [InlineData("informeel", EntryKind.Informeel)]
    [InlineData("Vrijwilligers", EntryKind.Vrijwilligers)]
    [InlineData("anders", null)]
    [InlineData(null, null)]
    public void FromCode_FindsTheKindOrNothing(string? code, EntryKind? expected) =>
        Assert.Equal(expected, EntryKinds.FromCode(code));
}
