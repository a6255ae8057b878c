using EigenPlan.Core.Audit;

namespace EigenPlan.Core.Tests;

/// <summary>
/// The keyed chain and its head anchor. Each attack is done the way someone with database access (but not the audit key,
/// which is kept outside the database) would do it.
/// </summary>
public class AccessLogChainTests
{
    private const string Plan = "K7P29X";
    private static readonly DateTime Start = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly AuditKey Key = AuditKey.Generate();

    private static List<AccessLogEntry> Chain(params AccessAction[] actions)
    {
        var list = new List<AccessLogEntry>();
        foreach (var (action, i) in actions.Select((a, i) => (a, i)))
        {
            list.Add(AccessLogChain.Append(Key, list.LastOrDefault(), new AccessLogDraft(Plan, action, "eigenaar", AccessRole.Owner), Start.AddMinutes(i)));
        }
        return list;
    }

    private static ChainVerification Verify(List<AccessLogEntry> chain, AccessLogHead? head) => AccessLogChain.Verify(Key, Plan, chain, head);

    private static AccessLogHead HeadOf(List<AccessLogEntry> chain) => AccessLogChain.Head(Key, chain[^1]);

    [Fact]
    public void Append_LinksEachEntryToThePrevious_AndTheHeadPointsAtTheNewest()
    {
        var chain = Chain(AccessAction.Created, AccessAction.Opened, AccessAction.Saved);
        var head = HeadOf(chain);

        Assert.Equal(AccessLogChain.Genesis, chain[0].PreviousMac);
        Assert.Equal(chain[0].Mac, chain[1].PreviousMac);
        Assert.Equal([0L, 1, 2], chain.Select(e => e.Sequence));
        Assert.Equal((2L, chain[2].Mac), (head.LastSequence, head.LastMac));
        var result = Verify(chain, head);
        Assert.True(result.IsValid);
        Assert.Equal((3, Start, Start.AddMinutes(2), ChainProblem.None), (result.EntryCount, result.FirstUtc, result.LastUtc, result.Problem));
    }

    [Fact]
    public void Mac_DependsOnTheKey()
    {
        var entry = Chain(AccessAction.Created)[0];
        Assert.NotEqual(entry.Mac, AccessLogChain.ComputeMac(AuditKey.Generate(), entry));
        Assert.Matches("^[0-9a-f]{64}$", entry.Mac);
    }

    [Fact]
    public void Verify_ChangedField_IsDetected()
    {
        var chain = Chain(AccessAction.Created, AccessAction.Opened, AccessAction.Exported);
        var head = HeadOf(chain);
        chain[1] = chain[1] with { Action = AccessAction.Saved };

        var result = Verify(chain, head);

        Assert.False(result.IsValid);
        Assert.Equal((1L, ChainProblem.ChangedEntry), (result.BrokenAtSequence, result.Problem));
    }

    [Fact]
    public void Verify_RemovedMiddleEntry_IsDetected()
    {
        var chain = Chain(AccessAction.Created, AccessAction.OpenFailed, AccessAction.Opened);
        var head = HeadOf(chain);
        chain.RemoveAt(1);

        var result = Verify(chain, head);

        Assert.Equal((false, 1L, ChainProblem.MissingEntry), (result.IsValid, result.BrokenAtSequence, result.Problem));
    }

    [Fact]
    public void Verify_CutOffNewestEntries_IsDetectedByTheHead()
    {
        var chain = Chain(AccessAction.Created, AccessAction.Opened, AccessAction.Exported, AccessAction.Printed);
        var head = HeadOf(chain);
        chain.RemoveRange(2, 2);

        var result = Verify(chain, head);

        Assert.Equal((false, 2L, ChainProblem.NewestMissing), (result.IsValid, result.BrokenAtSequence, result.Problem));
    }

    [Fact]
    public void Verify_CutOffNewestEntries_AndRemovedHead_IsDetected()
    {
        var chain = Chain(AccessAction.Created, AccessAction.Opened, AccessAction.Exported);
        chain.RemoveAt(2);

        Assert.Equal(ChainProblem.HeadMissing, Verify(chain, head: null).Problem);
    }

    [Fact]
    public void Verify_HeadMovedBackWithoutTheKey_IsDetected()
    {
        var chain = Chain(AccessAction.Created, AccessAction.Opened, AccessAction.Exported);
        var head = HeadOf(chain);
        chain.RemoveAt(2);

        var forged = head with { LastSequence = 1, LastMac = chain[1].Mac };

        Assert.Equal(ChainProblem.HeadChanged, Verify(chain, forged).Problem);
    }

    [Fact]
    public void Verify_AllEntriesRemoved_ButTheHeadRemains_IsDetected()
    {
        var chain = Chain(AccessAction.Created, AccessAction.Opened);
        Assert.Equal(ChainProblem.NewestMissing, Verify([], HeadOf(chain)).Problem);
    }

    [Fact]
    public void Verify_RehashedWithoutTheKey_IsDetected()
    {
        var chain = Chain(AccessAction.Created, AccessAction.OpenFailed, AccessAction.Printed);
        var attackerKey = AuditKey.Generate();
        // Rewrite the failed attempt as a normal open and recompute every MAC after it, as the old unkeyed chain allowed.
        var previous = chain[0];
        for (var i = 1; i < chain.Count; i++)
        {
            var forged = chain[i] with { Action = i == 1 ? AccessAction.Opened : chain[i].Action, PreviousMac = previous.Mac };
            chain[i] = forged with { Mac = AccessLogChain.ComputeMac(attackerKey, forged) };
            previous = chain[i];
        }

        var result = Verify(chain, AccessLogChain.Head(attackerKey, chain[^1]));

        Assert.Equal((false, 1L, ChainProblem.ChangedEntry), (result.IsValid, result.BrokenAtSequence, result.Problem));
    }

    [Fact]
    public void Verify_OlderEntriesDroppedUpToARealDeletedEntry_IsDetected()
    {
        // Deleting the shared plan writes a keyed Deleted entry in a live plan's log; before v2 a log starting with any
        // Deleted entry skipped the check of its beginning.
        var chain = Chain(AccessAction.Created, AccessAction.OpenFailed, AccessAction.Deleted, AccessAction.Printed);
        var head = HeadOf(chain);
        chain.RemoveRange(0, 2);

        var result = Verify(chain, head);

        Assert.Equal((false, 2L, ChainProblem.MissingStart), (result.IsValid, result.BrokenAtSequence, result.Problem));
    }

    [Fact]
    public void Verify_ForgedTombstone_IsDetected()
    {
        var chain = Chain(AccessAction.Created, AccessAction.Opened);
        var forged = AccessLogChain.Tombstone(AuditKey.Generate(), chain[^1], new AccessLogDraft(Plan, AccessAction.Deleted, "eigenaar", AccessRole.Owner), Start.AddHours(1));

        Assert.Equal(ChainProblem.ChangedEntry, Verify([forged], AccessLogChain.Head(Key, forged)).Problem);
    }

    [Fact]
    public void Verify_RealTombstoneAlone_IsValid_AndSaysSo()
    {
        var chain = Chain(AccessAction.Created, AccessAction.Opened);
        var tombstone = AccessLogChain.Tombstone(Key, chain[^1], new AccessLogDraft(Plan, AccessAction.Deleted, "eigenaar", AccessRole.Owner), Start.AddHours(1));

        var result = Verify([tombstone], AccessLogChain.Head(Key, tombstone));

        Assert.True(result.IsValid);
        Assert.True(result.OnlyDeletion);
        Assert.Equal(2, tombstone.Sequence);
        Assert.Contains("verwijderd", result.Summary(t => t.ToString("u")), StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EntriesAddedAfterATombstone_AreDetected()
    {
        var chain = Chain(AccessAction.Created);
        var tombstone = AccessLogChain.Tombstone(Key, chain[^1], new AccessLogDraft(Plan, AccessAction.Deleted, "eigenaar", AccessRole.Owner), Start.AddHours(1));
        var after = AccessLogChain.Append(Key, tombstone, new AccessLogDraft(Plan, AccessAction.Opened, "eigenaar", AccessRole.Owner), Start.AddHours(2));

        Assert.Equal(ChainProblem.AfterDeletion, Verify([tombstone, after], AccessLogChain.Head(Key, after)).Problem);
    }

    [Fact]
    public void Verify_EntryOfAnotherPlan_IsDetected()
    {
        var chain = Chain(AccessAction.Created, AccessAction.Opened);
        var head = HeadOf(chain);

        Assert.Equal(ChainProblem.OtherPlan, AccessLogChain.Verify(Key, "ZZZZZZ", chain, head).Problem);
    }

    [Fact]
    public void Summary_SaysWhatWasChecked_FromFirstToLast()
    {
        var chain = Chain(AccessAction.Created, AccessAction.Opened, AccessAction.Printed);
        var summary = Verify(chain, HeadOf(chain)).Summary(t => t.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal("Dit logboek is compleet. We hebben alle 3 regels gecontroleerd, van 09:00 tot en met 09:02. Geen regel is veranderd "
            + "of tussenuit gehaald, het begin is er nog en de nieuwste regel ook. Dat controleren we met een geheime sleutel die niet in de "
            + "database staat.", summary);
    }

    [Fact]
    public void Summary_OfABrokenLog_StartsWithAWarningAndTheReason()
    {
        var chain = Chain(AccessAction.Created, AccessAction.Opened, AccessAction.Printed);
        var head = HeadOf(chain);
        chain.RemoveAt(2);

        var summary = Verify(chain, head).Summary(t => "x");

        Assert.StartsWith("Let op: aan dit logboek is iets veranderd. De nieuwste regels zijn weggehaald.", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Append_TruncatesTimeToMilliseconds_AndKeepsUtc()
    {
        var entry = AccessLogChain.Append(Key, null, new AccessLogDraft(Plan, AccessAction.Created, "eigenaar", AccessRole.Owner), Start.AddTicks(12345));
        Assert.Equal(DateTimeKind.Utc, entry.TimeUtc.Kind);
        Assert.Equal(Start.AddTicks(10000), entry.TimeUtc);
    }

    [Theory]
    [InlineData("")]
    [InlineData("geen base64!")]
    [InlineData("AAAA")]
    public void AuditKey_WrongForm_IsRefusedWithAReason(string text)
    {
        Assert.False(AuditKey.TryParse(text, out _, out var problem));
        Assert.NotNull(problem);
    }

    [Fact]
    public void AuditKey_RoundTripsAsBase64_AndIsRedacted()
    {
        var key = AuditKey.Generate();
        Assert.True(AuditKey.TryParse(key.ToBase64(), out var back, out _));
        var entry = Chain(AccessAction.Created)[0];
        Assert.Equal(AccessLogChain.ComputeMac(key, entry), AccessLogChain.ComputeMac(back!, entry));
        Assert.DoesNotContain(key.ToBase64(), key.ToString(), StringComparison.Ordinal);
    }
}
