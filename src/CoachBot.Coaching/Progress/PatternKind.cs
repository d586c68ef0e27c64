namespace CoachBot.Coaching.Progress;

/// <summary>What the person's own sleep-and-next-morning-pain pattern shows (COACHING.md §3 "Sleep vs next-day pain").</summary>
internal enum PatternKind
{
    /// <summary>Fewer than the minimum pairs: nothing is said about a pattern.</summary>
    TooFewPairs,

    /// <summary>Enough pairs, but a series has under three distinct values: no order to compare.</summary>
    TooSteady,

    /// <summary>|ρ| under 0.3.</summary>
    Unclear,

    /// <summary>ρ ≤ −0.3: better-rated nights, lower morning pain (the usual pattern).</summary>
    LowerAfterBetterNights,

    /// <summary>ρ ≥ 0.3: the usual pattern doesn't show.</summary>
    HigherAfterBetterNights,
}
