using CoachBot.Coaching.Diary;
using CoachBot.Coaching.Progress;
using CoachBot.Coaching.Tests.Onboarding;
using CoachBot.Coaching.Tone;

namespace CoachBot.Coaching.Tests.Progress;

/// <summary>The 60-date synthetic diary: every figure of the summaries and the pattern against values worked out by hand.</summary>
public sealed class SyntheticDiaryTests
{
    private static readonly IReadOnlyList<SyntheticNight> Nights = SyntheticDiary.Generate();
    private static readonly List<DiaryEntry> Diary = SyntheticDiary.Entries(Nights);

    public static TheoryData<int> WeeksBack => [0, 1, 2, 3, 4, 5, 6, 7];

    [Fact]
    public void The_generator_makes_sixty_dates_with_gaps_and_the_night_the_clocks_go_back()
    {
        Assert.InRange(Diary.Count, 40, 57);
        Assert.All(Diary, e => Assert.InRange(e.DiaryDate, SyntheticDiary.LastDate.AddDays(-59), SyntheticDiary.LastDate));
        Assert.Equal(Diary.Count, Diary.Select(e => e.DiaryDate).Distinct().Count());
        Assert.DoesNotContain(Diary, e => e.DiaryDate == new DateOnly(2026, 10, 4));
        var clockChange = Assert.Single(Nights, n => n.Entry.DiaryDate == SyntheticDiary.ClockChange);
        Assert.Equal(540, clockChange.TimeInBedMinutes);
        Assert.Equal(540, SleepMetrics.For(clockChange.Entry).TimeInBedMinutes);
        Assert.Equal(Diary, SyntheticDiary.Entries(SyntheticDiary.Generate()));
    }

    [Fact]
    public void Each_night_s_metrics_match_the_instants_it_was_built_from()
    {
        Assert.All(Nights, night =>
        {
            var metrics = SleepMetrics.For(night.Entry);
            Assert.Equal(night.TimeInBedMinutes, metrics.TimeInBedMinutes);
            Assert.Equal(night.TotalSleepMinutes, metrics.TotalSleepMinutes);
            Assert.Equal(night.Efficiency, metrics.SleepEfficiencyPercent);
        });
    }

    [Theory]
    [MemberData(nameof(WeeksBack))]
    public void Every_weekly_figure_matches_the_hand_computed_one(int weeksBack)
    {
        var last = SyntheticDiary.LastDate.AddDays(-7 * weeksBack);
        var expected = Expected(last);

        var week = WeekNumbers.Ending(Diary, last);

        Assert.Equal(expected.Nights, week.Nights);
        AssertClose(expected.Tst, week.MeanTotalSleepMinutes);
        AssertClose(expected.Se, week.MeanEfficiencyPercent);
        AssertClose(expected.Sol, week.MedianSolMinutes);
        AssertClose(expected.Waso, week.MedianWasoMinutes);
        AssertClose(expected.Pain, week.MedianMorningPain);
    }

    [Theory]
    [MemberData(nameof(WeeksBack))]
    public void Every_weekly_summary_text_matches_the_hand_computed_one(int weeksBack)
    {
        var last = SyntheticDiary.LastDate.AddDays(-7 * weeksBack);

        var text = WeeklySummary.Compose(Diary, last, Words.Messages, ByHand.EnGb);

        Assert.Equal(ExpectedText(last), text);
        Assert.Empty(ToneChecker.Check(text));
    }

    [Fact]
    public void The_pattern_over_the_last_56_dates_matches_the_hand_computed_one()
    {
        var window = Nights.Where(n => n.Entry.DiaryDate > SyntheticDiary.LastDate.AddDays(-56) && n.Entry.Quality is not null && n.Entry.PainNow is not null).ToList();
        double[] quality = [.. window.Select(n => (double)n.Entry.Quality!.Value)];
        double[] pain = [.. window.Select(n => (double)n.Entry.PainNow!.Value)];
        var rho = ByHand.SpearmanByCounting(quality, pain);
        var middle = (window.Count + 1) / 2.0;
        var ranks = Enumerable.Range(0, quality.Length).Select(i => ByHand.RankByCounting(quality, i)).ToArray();
        var better = ByHand.MedianOfAtLeastThree([.. pain.Where((_, i) => ranks[i] > middle)]);
        var worse = ByHand.MedianOfAtLeastThree([.. pain.Where((_, i) => ranks[i] < middle)]);

        var pattern = SleepPainPattern.ForQuality(Diary, SyntheticDiary.LastDate);

        Assert.True(window.Count >= 14, $"The synthetic diary has {window.Count} pairs.");
        Assert.Equal(window.Count, pattern.Pairs);
        Assert.Equal(rho, pattern.Rho!.Value, 12);
        Assert.True(rho <= -0.3, $"The generator makes pain fall as quality rises; ρ = {rho}.");
        Assert.Equal(PatternKind.LowerAfterBetterNights, pattern.Kind);
        Assert.Equal(better, pattern.BetterMedian);
        Assert.Equal(worse, pattern.WorseMedian);

        var text = PatternWords.Describe(pattern, new ProgressWords(Words.Messages, ByHand.EnGb));
        Assert.Equal(
            Words.Say("progress.pattern.lower", ("better", ByHand.Pain(better!.Value)), ("worse", ByHand.Pain(worse!.Value)), ("n", window.Count.ToString(ByHand.EnGb)))
                + "\n" + Words.Say("progress.pattern.research"),
            text);
        Assert.Contains($"(n = {window.Count})", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cause", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("prove", text, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(ToneChecker.Check(text));
    }

    [Fact]
    public void The_total_sleep_view_matches_the_hand_computed_rho()
    {
        var window = Nights.Where(n => n.Entry.DiaryDate > SyntheticDiary.LastDate.AddDays(-56) && n.Entry.PainNow is not null).ToList();

        var pattern = SleepPainPattern.ForTotalSleep(Diary, SyntheticDiary.LastDate);

        Assert.Equal(window.Count, pattern.Pairs);
        Assert.Equal(
            ByHand.SpearmanByCounting([.. window.Select(n => (double)n.TotalSleepMinutes)], [.. window.Select(n => (double)n.Entry.PainNow!.Value)]),
            pattern.Rho!.Value,
            12);
    }

    [Fact]
    public void The_pattern_never_shows_below_fourteen_pairs()
    {
        var words = new ProgressWords(Words.Messages, ByHand.EnGb);
        var paired = Diary.Where(e => e.Quality is not null && e.PainNow is not null).OrderBy(e => e.DiaryDate).ToList();
        for (var n = 0; n < 14; n++)
        {
            var some = paired.Take(n).ToList();
            var last = some.Count > 0 ? some[^1].DiaryDate : SyntheticDiary.LastDate;

            var pattern = SleepPainPattern.ForQuality(some, last);
            var text = PatternWords.Describe(pattern, words);

            Assert.Equal(PatternKind.TooFewPairs, pattern.Kind);
            Assert.Null(pattern.Rho);
            Assert.Equal(Words.Say("progress.pattern.too_few", ("n", n.ToString(ByHand.EnGb))), text);
            Assert.DoesNotContain("median", text, StringComparison.Ordinal);
            Assert.DoesNotContain("no clear pattern", text, StringComparison.Ordinal);
        }
    }

    private static void AssertClose(double? expected, double? actual)
    {
        if (expected is null)
        {
            Assert.Null(actual);
        }
        else
        {
            Assert.NotNull(actual);
            Assert.Equal(expected.Value, actual.Value, 9);
        }
    }

    private static (int Nights, double? Tst, double? Se, double? Sol, double? Waso, double? Pain) Expected(DateOnly last)
    {
        var week = Nights.Where(n => n.Entry.DiaryDate > last.AddDays(-7) && n.Entry.DiaryDate <= last).ToList();
        return (
            week.Count,
            ByHand.MeanOfAtLeastThree([.. week.Select(n => (double)n.TotalSleepMinutes)]),
            ByHand.MeanOfAtLeastThree([.. week.Where(n => n.Efficiency is not null).Select(n => (double)n.Efficiency!.Value)]),
            ByHand.MedianOfAtLeastThree([.. week.Select(n => (double)n.Entry.SolMinutes!.Value)]),
            ByHand.MedianOfAtLeastThree([.. week.Select(n => (double)n.Entry.WasoMinutes!.Value)]),
            ByHand.MedianOfAtLeastThree([.. week.Where(n => n.Entry.PainNow is not null).Select(n => (double)n.Entry.PainNow!.Value)]));
    }

    private static string ExpectedText(DateOnly last)
    {
        var now = Expected(last);
        var before = Expected(last.AddDays(-7));
        var twoBefore = Expected(last.AddDays(-14));
        if (now.Nights == 0)
        {
            return Words.Say("progress.summary.no_nights", ("first", ByHand.Date(last.AddDays(-6))), ("last", ByHand.Date(last)));
        }

        var lines = new List<string> { Words.Say("progress.summary.heading", ("first", ByHand.Date(last.AddDays(-6))), ("last", ByHand.Date(last)), ("nights", now.Nights.ToString(ByHand.EnGb))) };
        void Line(string id, double? value, double? earlier, Func<double, string> show, Func<double, string> same, Func<double, string>? bare = null)
        {
            if (value is null)
            {
                lines.Add("- " + Words.Say(id + "_too_few", ("too_few", Words.Say("progress.summary.too_few"))));
                return;
            }

            var change = earlier is null ? Words.Say("progress.summary.change.first_week")
                : same(value.Value) == same(earlier.Value) ? Words.Say("progress.summary.change.same")
                : Words.Say("progress.summary.change.was", ("value", show(earlier.Value)));
            lines.Add("- " + Words.Say(id, ("value", (bare ?? show)(value.Value)), ("change", change)));
        }

        Line("progress.summary.sleep", now.Tst, before.Tst, ByHand.QuarterHours, ByHand.QuarterHours);
        Line("progress.summary.efficiency", now.Se, before.Se, v => ByHand.Whole(v) + "%", ByHand.Whole, ByHand.Whole);
        Line("progress.summary.sol", now.Sol, before.Sol, ByHand.Minutes, ByHand.Whole);
        Line("progress.summary.waso", now.Waso, before.Waso, ByHand.Minutes, ByHand.Whole);
        if (now.Pain is null)
        {
            lines.Add("- " + Words.Say("progress.summary.pain_too_few", ("too_few", Words.Say("progress.summary.too_few"))));
        }
        else
        {
            var change = before.Pain is not { } earlier ? Words.Say("progress.summary.change.first_week")
                : Words.Say(
                    Math.Abs(now.Pain.Value - earlier) >= 2 || (earlier >= 4 && Math.Abs(now.Pain.Value - earlier) >= 0.3 * earlier - 1e-9)
                        ? now.Pain.Value > earlier ? "progress.summary.change.pain_higher" : "progress.summary.change.pain_lower"
                        : "progress.summary.change.pain_same",
                    ("value", ByHand.Pain(earlier)));
            lines.Add("- " + Words.Say("progress.summary.pain", ("value", ByHand.Pain(now.Pain.Value)), ("change", change)));
        }

        lines.Add(Words.Say("progress.summary.closing"));
        var lowTwoWeeks = now.Se < 80 && before.Se < 80 && !(twoBefore.Se < 80);
        var painRose = now.Pain is { } p && before.Pain is { } q && (p - q >= 2 || (q >= 4 && p - q >= 0.3 * q - 1e-9));
        if (lowTwoWeeks || painRose)
        {
            lines.Add(Words.Say("progress.summary.offer_share"));
        }

        return string.Join('\n', lines);
    }
}
