using EigenPlan.Core.Plans;
using EigenPlan.Core.SharedPlans;

namespace EigenPlan.Storage.Tests.Conformance;

// Saving with versions: the store never overwrites a newer version; writers that merge and retry lose nothing.
public abstract partial class PlanStoreConformance
{
    [Fact]
    public async Task Save_WithTheExpectedVersion_IsStoredAsTheNext()
    {
        var created = await CreateAsync();

        var first = Assert.IsType<SaveResult.Saved>(await Plans.SaveAsync(created.Session, StoreSamples.Plan("een"), 1));
        var second = Assert.IsType<SaveResult.Saved>(await Plans.SaveAsync(created.Session, StoreSamples.Plan("twee"), first.Version));

        Assert.Equal((2L, 3L), (first.Version, second.Version));
        var loaded = await Plans.LoadAsync(created.Session);
        Assert.Equal(("Ik heb schulden bij twee.", 3L), (Answer(loaded), loaded.Version));
    }

    [Fact]
    public async Task Save_WithAnOlderVersion_IsAConflict_WithTheNewerContent_AndOverwritesNothing()
    {
        var created = await CreateAsync();
        var (phone, _) = await OpenSecondDeviceAsync(created);
        await Plans.SaveAsync(phone, StoreSamples.Plan("telefoon"), 1);

        var result = await Plans.SaveAsync(created.Session, StoreSamples.Plan("laptop"), 1);

        var conflict = Assert.IsType<SaveResult.Conflict>(result);
        Assert.Equal(2, conflict.Version);
        Assert.Equal("Ik heb schulden bij telefoon.", conflict.Current.Topic("geldzaken.inkomen").Answer("nu"));
        Assert.Equal("Ik heb schulden bij telefoon.", Answer(await Plans.LoadAsync(created.Session)));
    }

    [Fact]
    public async Task TwoDevices_SavingTheSameVersionAtOnce_ExactlyOneIsSaved_TheOtherGetsAConflict()
    {
        for (var round = 0; round < 5; round++)
        {
            var created = await CreateAsync();
            var (phone, _) = await OpenSecondDeviceAsync(created);

            var results = await Task.WhenAll(
                Task.Run(() => Plans.SaveAsync(created.Session, StoreSamples.Plan("laptop"), 1)),
                Task.Run(() => Plans.SaveAsync(phone, StoreSamples.Plan("telefoon"), 1)));

            Assert.Single(results.OfType<SaveResult.Saved>());
            var conflict = Assert.Single(results.OfType<SaveResult.Conflict>());
            Assert.Equal(2, conflict.Version);
            Assert.Equal(2, (await Plans.LoadAsync(created.Session)).Version);
        }
    }

    [Fact]
    public async Task TwentyParallelWriters_ThatMergeAndRetry_NeverLoseAVersionOrAnAnswer()
    {
        var created = await CreateAsync();
        var sessions = new List<PlanSession> { created.Session };
        for (var i = 1; i < 4; i++)
        {
            sessions.Add((await OpenSecondDeviceAsync(created)).Session);
        }

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            var session = sessions[i % sessions.Count];
            var loaded = await Plans.LoadAsync(session);
            var @base = loaded.Content;
            var version = loaded.Version;
            var mine = Copy(@base);
            mine.Topic("geldzaken.inkomen").Answers[$"vraag{i}"] = $"Antwoord van schrijver {i}.";
            while (await Plans.SaveAsync(session, mine, version) is SaveResult.Conflict conflict)
            {
                mine = PlanMerge.ThreeWay(@base, mine, conflict.Current).Merged;
                @base = conflict.Current;
                version = conflict.Version;
            }
        })));

        var final = await Plans.LoadAsync(created.Session);
        Assert.Equal(21, final.Version);
        Assert.All(Enumerable.Range(0, 20), i =>
            Assert.Equal($"Antwoord van schrijver {i}.", final.Content.Topic("geldzaken.inkomen").Answer($"vraag{i}")));
        Assert.True((await Plans.VerifyAccessLogAsync(created.Session)).IsValid);
    }

    [Fact]
    public async Task SharedPlan_ConcurrentUpdates_BothChangesSurvive()
    {
        var created = await CreateAsync();
        var plan = StoreSamples.SharedPlan(created, Clock.UtcNow);
        var owner = await Shared.CreateAsync(created.Session, plan);
        var invitation = await Shared.InviteAsync(owner, StoreSamples.Participant(plan, "Fatima"), InvitationRole.Contribute, null);
        var sister = Assert.IsType<InvitationOpenResult.Opened>(await Shared.OpenWithInvitationAsync(invitation.Token.Value)).Session;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            Shared.UpdateAsync(i % 2 == 0 ? owner : sister, e => e.PostMessage(plan.Goals[1].Id, $"Bericht {i}")))));

        Assert.Equal(20, (await Shared.LoadAsync(owner))!.Goals[1].Messages.Count);
    }

    private static PlanContent Copy(PlanContent plan) =>
        System.Text.Json.JsonSerializer.Deserialize<PlanContent>(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(plan))!;
}
