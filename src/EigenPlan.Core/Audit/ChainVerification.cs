namespace EigenPlan.Core.Audit;

/// <summary>What <see cref="AccessLogChain.Verify"/> found wrong, if anything.</summary>
public enum ChainProblem
{
    None,
    /// <summary>An entry's MAC does not match its fields: changed, rehashed without the key, or forged.</summary>
    ChangedEntry,
    /// <summary>The first entry is not the plan's first: older entries were removed.</summary>
    MissingStart,
    /// <summary>A sequence number is skipped or repeated: an entry in the middle was removed or copied.</summary>
    MissingEntry,
    /// <summary>An entry does not link to the one before it.</summary>
    WrongLink,
    /// <summary>An entry of another plan was put in this plan's log.</summary>
    OtherPlan,
    /// <summary>The head anchor points past the last entry: the newest entries were cut off.</summary>
    NewestMissing,
    /// <summary>There are entries but no head anchor: it was removed (perhaps to hide cut-off entries).</summary>
    HeadMissing,
    /// <summary>The head anchor was changed or does not match the newest entry.</summary>
    HeadChanged,
    /// <summary>Entries around a deletion tombstone, which always stands alone.</summary>
    AfterDeletion,
}

/// <summary>
/// The outcome of checking a plan's access log, with what was checked: how many entries, from when to when, whether the
/// head anchor matched, and on failure where (<see cref="BrokenAtSequence"/>) and what (<see cref="Problem"/>). The log
/// page shows <see cref="Summary"/>, so it says exactly what was verified.
/// </summary>
public sealed record ChainVerification(
    bool IsValid,
    int EntryCount,
    DateTime? FirstUtc,
    DateTime? LastUtc,
    bool OnlyDeletion,
    long? BrokenAtSequence,
    ChainProblem Problem)
{
    internal static ChainVerification Valid(AccessLogChain.Checked entries, bool tombstoneOnly) =>
        new(true, entries.Entries.Count, entries.First, entries.Last, tombstoneOnly, null, ChainProblem.None);

    /// <summary>What is wrong, in one plain Dutch sentence; null when the log is whole.</summary>
    public string? Reason => Problem switch
    {
        ChainProblem.None => null,
        ChainProblem.ChangedEntry => "Een regel is veranderd of nagemaakt.",
        ChainProblem.MissingStart => "Het begin van het logboek ontbreekt.",
        ChainProblem.MissingEntry => "Er ontbreekt een regel in het logboek.",
        ChainProblem.WrongLink => "Een regel past niet bij de regel ervoor.",
        ChainProblem.OtherPlan => "Er staat een regel van een ander plan in.",
        ChainProblem.NewestMissing => "De nieuwste regels zijn weggehaald.",
        ChainProblem.HeadMissing => "Het controlepunt van het logboek is weggehaald.",
        ChainProblem.HeadChanged => "Het controlepunt van het logboek is veranderd.",
        ChainProblem.AfterDeletion => "Er staan regels rond de regel dat het plan is verwijderd.",
        _ => "Er klopt iets niet.",
    };

    /// <summary>
    /// What was checked and what it shows, in plain Dutch for the log page. <paramref name="time"/> writes a UTC time
    /// the way the page shows times.
    /// </summary>
    public string Summary(Func<DateTime, string> time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var span = FirstUtc is { } first && LastUtc is { } last ? $", van {time(first)} tot en met {time(last)}" : "";
        var count = EntryCount == 1 ? "de enige regel" : $"alle {EntryCount} regels";
        if (!IsValid)
        {
            return $"Let op: aan dit logboek is iets veranderd. {Reason} We hebben {count} gecontroleerd{span}.";
        }
        if (EntryCount == 0)
        {
            return "Er staat nog niets in het logboek.";
        }
        if (OnlyDeletion)
        {
            return "Dit plan is verwijderd. Van het logboek is alleen die regel bewaard. We hebben gecontroleerd dat hij klopt.";
        }
        return $"Dit logboek is compleet. We hebben {count} gecontroleerd{span}. Geen regel is veranderd of tussenuit gehaald, "
            + "het begin is er nog en de nieuwste regel ook. Dat controleren we met een geheime sleutel die niet in de database staat.";
    }
}
