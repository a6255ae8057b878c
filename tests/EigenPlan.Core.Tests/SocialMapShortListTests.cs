using EigenPlan.Core.Content;

namespace EigenPlan.Core.Tests;

public sealed class SocialMapShortListTests
{
    private const string Topic = SmallContent.Debts;

    private static Municipality With(params SocialMapEntry[] entries) => SmallContent.Municipality with { SocialMap = entries };

    private static SocialMapEntry Entry(string id, EntryKind kind, params string[] topics) =>
        SmallContent.Entry(id, id, topics) with { Kind = kind };

    [Fact]
    public void ThreeFirst_TheRestBehindMore()
    {
        var municipality = With(Enumerable.Range(1, 5).Select(i => Entry($"e{i}", EntryKind.Professioneel, Topic)).ToArray());

        var list = SocialMapShortList.For(municipality, Topic, []);

        Assert.Equal(["e1", "e2", "e3"], list.First.Select(e => e.Id));
        Assert.Equal(["e4", "e5"], list.More.Select(e => e.Id));
    }

    [Fact]
    public void Chosen_ThenPeopleAroundYouAndVolunteers_ThenTheMostSpecific_ThenFileOrder()
    {
        var municipality = With(
            Entry("breed", EntryKind.Professioneel, Topic, SmallContent.Income, SmallContent.Living),
            Entry("precies", EntryKind.Professioneel, Topic),
            Entry("vrijwilligers", EntryKind.Vrijwilligers, Topic, SmallContent.Income),
            Entry("buren", EntryKind.Informeel, Topic),
            Entry("gekozen", EntryKind.Professioneel, Topic, SmallContent.Income),
            Entry("ander-onderwerp", EntryKind.Informeel, SmallContent.Living));

        var list = SocialMapShortList.For(municipality, Topic, ["gekozen"]);

        Assert.Equal(["gekozen", "buren", "vrijwilligers"], list.First.Select(e => e.Id));
        Assert.Equal(["precies", "breed"], list.More.Select(e => e.Id));
    }

    [Fact]
    public void EverythingChosen_StaysOnShow_EvenMoreThanThree()
    {
        var municipality = With(Enumerable.Range(1, 6).Select(i => Entry($"e{i}", EntryKind.Professioneel, Topic)).ToArray());

        var list = SocialMapShortList.For(municipality, Topic, ["e2", "e4", "e5", "e6"]);

        Assert.Equal(["e2", "e4", "e5", "e6"], list.First.Select(e => e.Id));
        Assert.Equal(["e1", "e3"], list.More.Select(e => e.Id));
    }
}
