using static CoachBot.Coaching.Progress.ProgressMessageIds;

namespace CoachBot.Coaching.Progress;

/// <summary>The person's pattern in their words (COACHING.md §3): n always, split-half medians, never ρ, never a causal word.</summary>
internal static class PatternWords
{
    public static string Describe(SleepPainPattern pattern, ProgressWords words)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var messages = words.Messages;
        var n = ("n", words.Count(pattern.Pairs));
        return pattern.Kind switch
        {
            PatternKind.TooFewPairs => messages.Format(PatternTooFew, n),
            PatternKind.TooSteady => messages.Format(PatternTooSteady, n),
            PatternKind.Unclear => messages.Format(PatternUnclear, n),
            PatternKind.LowerAfterBetterNights =>
                messages.Format(PatternLower, Median("better", pattern.BetterMedian, words), Median("worse", pattern.WorseMedian, words), n)
                + "\n" + messages[PatternResearch],
            _ => messages.Format(PatternHigher, Median("better", pattern.BetterMedian, words), Median("worse", pattern.WorseMedian, words), n),
        };
    }

    private static (string, string) Median(string name, double? value, ProgressWords words) =>
        (name, value is { } v ? words.Pain(v) : words.Messages[ChartNotGiven]);
}
