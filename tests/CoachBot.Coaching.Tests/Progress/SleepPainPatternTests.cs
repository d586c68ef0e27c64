using CoachBot.Coaching.Diary;
using CoachBot.Coaching.Progress;
using CoachBot.Coaching.Tests.Onboarding;
using CoachBot.Coaching.Tone;

namespace CoachBot.Coaching.Tests.Progress;

public sealed class SleepPainPatternTests
{
    private static readonly DateOnly Last = new(2026, 11, 8);
    private static readonly ProgressWords EnGb = new(Words.Messages, ByHand.EnGb);

    [Fact]
    public void Better_rated_nights_before_lower_pain_give_the_split_half_medians()
    {
        // Pain = 9 − quality. Quality ranks: 1s → 2, 2s → 5, 3s → 8, 4s → 11, 5s → 13.5; middle 7.5.
        // Better half (3, 4, 5): pain 6 6 6 5 5 5 4 4 → median 5. Other half (1, 2): 8 8 8 7 7 7 → 7.5.
        var pattern = Pattern([1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4], [8, 7, 6, 5, 4, 8, 7, 6, 5, 4, 8, 7, 6, 5]);

        Assert.Equal(PatternKind.LowerAfterBetterNights, pattern.Kind);
        Assert.Equal(14, pattern.Pairs);
        Assert.Equal(-1, pattern.Rho!.Value, 12);
        Assert.Equal(5, pattern.BetterMedian);
        Assert.Equal(7.5, pattern.WorseMedian);
        var text = PatternWords.Describe(pattern, EnGb);
        Assert.StartsWith(Words.Say("progress.pattern.lower", ("better", "5"), ("worse", "7.5"), ("n", "14")), text, StringComparison.Ordinal);
        Assert.Contains("median 5 vs 7.5 (n = 14)", text, StringComparison.Ordinal);
        Assert.EndsWith(Words.Say("progress.pattern.research"), text, StringComparison.Ordinal);
        Assert.Empty(ToneChecker.Check(text));
    }

    [Fact]
    public void No_clear_order_says_no_clear_pattern_with_n()
    {
        var pattern = Pattern([1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4], [5, 3, 6, 4, 5, 6, 4, 5, 3, 6, 4, 6, 3, 5]);

        Assert.Equal(PatternKind.Unclear, pattern.Kind);
        Assert.Equal(0, pattern.Rho!.Value, 12);
        Assert.Equal("Your pattern: no clear pattern so far (n = 14).", PatternWords.Describe(pattern, EnGb));
    }

    [Fact]
    public void The_unusual_direction_is_said_neutrally()
    {
        var pattern = Pattern([1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4], [2, 3, 4, 5, 6, 2, 3, 4, 5, 6, 2, 3, 4, 5]);

        Assert.Equal(PatternKind.HigherAfterBetterNights, pattern.Kind);
        Assert.Equal(1, pattern.Rho!.Value, 12);
        var text = PatternWords.Describe(pattern, EnGb);
        Assert.Equal(Words.Say("progress.pattern.higher", ("better", "5"), ("worse", "2.5"), ("n", "14")), text);
        Assert.DoesNotContain(Words.Say("progress.pattern.research"), text, StringComparison.Ordinal);
        Assert.Empty(ToneChecker.Check(text));
    }

    [Fact]
    public void A_constant_rating_gives_no_pattern_and_no_rho()
    {
        var pattern = Pattern([3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3], [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8]);

        Assert.Equal(PatternKind.TooSteady, pattern.Kind);
        Assert.Null(pattern.Rho);
        Assert.Equal(Words.Say("progress.pattern.too_steady", ("n", "16")), PatternWords.Describe(pattern, EnGb));
    }

    [Fact]
    public void Two_distinct_pain_values_are_too_few_to_look_for_a_pattern()
    {
        var pattern = Pattern([1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2, 3, 4], [4, 4, 5, 5, 4, 5, 4, 5, 4, 4, 5, 5, 4, 4]);

        Assert.Equal(PatternKind.TooSteady, pattern.Kind);
        Assert.Null(pattern.Rho);
    }

    [Fact]
    public void Nine_mornings_say_when_a_pattern_can_be_looked_for()
    {
        var pattern = Pattern([1, 2, 3, 4, 5, 1, 2, 3, 4], [8, 7, 6, 5, 4, 8, 7, 6, 5]);

        Assert.Equal(PatternKind.TooFewPairs, pattern.Kind);
        Assert.Equal("Your pattern: I can look for a pattern after about 14 mornings; you have 9.", PatternWords.Describe(pattern, EnGb));
    }

    [Fact]
    public void Only_mornings_with_both_answers_and_within_56_dates_count()
    {
        var diary = Enumerable.Range(0, 14).Select(i => Entry(Last.AddDays(-i), 1 + (i % 5), 8 - (i % 5))).ToList();
        diary[3] = diary[3] with { Quality = null };
        diary.Add(Entry(Last.AddDays(-56), 5, 0));
        diary.Add(Entry(Last.AddDays(-60), 1, 10));

        var pattern = SleepPainPattern.ForQuality(diary, Last);

        Assert.Equal(13, pattern.Pairs);
        Assert.Equal(PatternKind.TooFewPairs, pattern.Kind);
    }

    private static SleepPainPattern Pattern(int[] quality, int[] pain)
    {
        var diary = quality.Select((q, i) => Entry(Last.AddDays(i - quality.Length + 1), q, pain[i])).ToList();
        return SleepPainPattern.ForQuality(diary, Last);
    }

    private static DiaryEntry Entry(DateOnly date, int quality, int pain) => new()
    {
        DiaryDate = date,
        TimeZoneId = "Europe/London",
        Quality = quality,
        PainNow = pain,
    };
}
