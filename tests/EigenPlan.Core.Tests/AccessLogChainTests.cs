using EigenPlan.Core.Audit;

namespace EigenPlan.Core.Tests;

public class AccessLogChainTests
{
    private static readonly DateTime Start = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    private static List<AccessLogEntry> Chain(params AccessAction[] actions)
    {
        var list = new List<AccessLogEntry>();
        foreach (var (action, i) in actions.Select((a, i) => (a, i)))
        {
            list.Add(AccessLogChain.Append(list.LastOrDefault(), new AccessLogDraft("K7P2", action, "eigenaar", AccessRole.Owner), Start.AddMinutes(i)));
        }
        return list;
    }

    [Fact]
    public void Append_LinksEachEntryToThePrevious()
    {
        var chain = Chain(AccessAction.Created, AccessAction.Opened, AccessAction.Saved);
        Assert.Equal(AccessLogChain.GenesisHash, chain[0].PreviousHash);
        Assert.Equal(chain[0].Hash, chain[1].PreviousHash);
        Assert.Equal([0L, 1, 2], chain.Select(e => e.Sequence));
        Assert.True(AccessLogChain.Verify(chain).IsValid);
    }

    [Fact]
    public void Verify_ChangedField_IsDetected()
    {
        var chain = Chain(AccessAction.Created, AccessAction.Opened, AccessAction.Exported);
        chain[1] = chain[1] with { Action = AccessAction.Saved };
        var result = AccessLogChain.Verify(chain);
        Assert.False(result.IsValid);
        Assert.Equal(1, result.BrokenAtSequence);
    }

    [Fact]
    public void Verify_RemovedMiddleEntry_IsDetected()
    {
        var chain = Chain(AccessAction.Created, AccessAction.OpenFailed, AccessAction.Opened);
        chain.RemoveAt(1);
        Assert.False(AccessLogChain.Verify(chain).IsValid);
    }

    [Fact]
    public void Verify_RehashedEntryWithoutRelinking_IsDetected()
    {
        var chain = Chain(AccessAction.Created, AccessAction.Opened, AccessAction.Printed);
        var forged = chain[1] with { TimeUtc = Start.AddDays(-1) };
        chain[1] = forged with { Hash = AccessLogChain.ComputeHash(forged) };
        var result = AccessLogChain.Verify(chain);
        Assert.False(result.IsValid);
        Assert.Equal(2, result.BrokenAtSequence);
    }

    [Fact]
    public void Append_TruncatesTimeToMilliseconds_AndKeepsUtc()
    {
        var entry = AccessLogChain.Append(null, new AccessLogDraft("K7P2", AccessAction.Created, "eigenaar", AccessRole.Owner), Start.AddTicks(12345));
        Assert.Equal(DateTimeKind.Utc, entry.TimeUtc.Kind);
        Assert.Equal(Start.AddTicks(10000), entry.TimeUtc);
    }
}
