namespace EigenPlan.Content.Readability;

/// <summary>What a B1 check found.</summary>
internal enum FindingKind
{
    LongSentence,
    LongWord,
    HardWord,
}

/// <summary>One thing a B1 reader may stumble over, at an offset in the checked text, with advice in Dutch.</summary>
internal sealed record ReadabilityFinding(FindingKind Kind, int Offset, string Found, string Message);
