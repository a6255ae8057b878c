namespace EigenPlan.Content;

/// <summary>Settings for reading the content folder.</summary>
public sealed record ContentLoadOptions
{
    /// <summary>The clock that decides "today" (dates in the future, stale entries). Injectable for tests.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>An entry whose <c>laatst_gecontroleerd</c> is older than this many months gets a warning.</summary>
    public int StaleAfterMonths { get; init; } = 12;

    /// <summary>Limits against hostile or broken files.</summary>
    public YamlLimits Limits { get; init; } = YamlLimits.Default;
}
