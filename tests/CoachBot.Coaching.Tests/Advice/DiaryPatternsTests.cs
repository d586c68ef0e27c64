using CoachBot.Coaching.Advice;
using CoachBot.Coaching.Diary;
using static CoachBot.Coaching.Tests.Advice.DiaryNights;

namespace CoachBot.Coaching.Tests.Advice;

public sealed class DiaryPatternsTests
{
    private static List<AdvicePattern> Patterns(DiaryEntry tonight, IReadOnlyList<DiaryEntry>? history = null) =>
        [.. DiaryPatterns.Find(history ?? [], tonight).Select(m => m.Pattern)];

    private static PatternMatch Matched(AdvicePattern pattern, DiaryEntry tonight, IReadOnlyList<DiaryEntry>? history = null) =>
        Assert.Single(DiaryPatterns.Find(history ?? [], tonight), m => m.Pattern == pattern);

    [Fact]
    public void A_plain_night_with_no_history_matches_only_any()
    {
        Assert.Equal([AdvicePattern.Any], Patterns(Night()));
    }

    [Fact]
    public void Under_six_hours_asleep_is_a_rough_night_with_the_minutes_in_the_reason()
    {
        var match = Matched(AdvicePattern.RoughNight, ShortNight());

        Assert.Equal(330, match.Values["sleep_minutes"]);
        Assert.Contains("total sleep 330 min < 360", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_eighty_percent_of_time_in_bed_asleep_is_a_rough_night_even_with_six_hours()
    {
        // In bed 22:00 to 07:00 (540 min), asleep 405 min: 75%.
        var match = Matched(AdvicePattern.RoughNight, Night(bed: "22:00", sol: 30, wakings: 1, waso: 105, quality: 3));

        Assert.Equal(75, match.Values["efficiency"]);
        Assert.DoesNotContain("total sleep", match.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void Quality_of_two_or_less_is_a_rough_night(int quality, bool rough)
    {
        Assert.Equal(rough, Patterns(Night(quality: quality)).Contains(AdvicePattern.RoughNight));
    }

    [Fact]
    public void Not_sleeping_at_all_is_a_rough_night()
    {
        var night = Night() with { DidNotSleep = true, SolMinutes = null, Wakings = null, WasoMinutes = null, FinalWake = null };

        Assert.Equal(0, Matched(AdvicePattern.RoughNight, night).Values["sleep_minutes"]);
    }

    [Theory]
    [InlineData(7, 5, true)]
    [InlineData(6, 6, false)]
    [InlineData(4, 6, true)]
    [InlineData(4, 5, false)]
    [InlineData(null, 9, false)]
    public void A_flare_is_night_pain_of_seven_or_more_or_a_rise_of_two_by_morning(int? painNight, int? painNow, bool flare)
    {
        Assert.Equal(flare, Patterns(Night(painNight: painNight, painNow: painNow)).Contains(AdvicePattern.Flare));
    }

    [Fact]
    public void A_flare_reason_names_both_conditions_that_held()
    {
        var match = Matched(AdvicePattern.Flare, Night(painNight: 8, painNow: 10));

        Assert.Equal("pain_night 8 >= 7; pain_now 10 >= pain_night 8 + 2", match.Reason);
        Assert.Equal(8, match.Values["pain_night"]);
    }

    [Fact]
    public void Pain_of_six_or_more_on_three_of_the_last_four_nights_is_a_high_pain_run()
    {
        List<DiaryEntry> history = [Night(3, painNight: 6), Night(2, painNight: 2), Night(1, painNight: 7)];

        var match = Matched(AdvicePattern.HighPainSeveralNights, Night(painNight: 6), history);

        Assert.Equal(3, match.Values["nights"]);
        Assert.Equal(4, match.Values["of"]);
    }

    [Fact]
    public void High_pain_nights_more_than_four_days_back_do_not_count()
    {
        List<DiaryEntry> history = [Night(5, painNight: 8), Night(4, painNight: 8), Night(1, painNight: 8)];

        Assert.DoesNotContain(AdvicePattern.HighPainSeveralNights, Patterns(Night(painNight: 6), history));
    }

    [Fact]
    public void The_diary_holding_tonight_already_does_not_count_tonight_twice()
    {
        var tonight = Night(painNight: 7);
        List<DiaryEntry> history = [Night(1, painNight: 7), tonight];

        Assert.DoesNotContain(AdvicePattern.HighPainSeveralNights, Patterns(tonight, history));
    }

    [Theory]
    [InlineData(44, false)]
    [InlineData(45, true)]
    public void A_nap_of_forty_five_minutes_or_more_is_a_long_nap(int minutes, bool longNap)
    {
        Assert.Equal(longNap, Patterns(Night(naps: minutes)).Contains(AdvicePattern.LongNap));
    }

    [Fact]
    public void Up_ninety_minutes_later_than_the_weeks_median_is_a_lie_in()
    {
        var match = Matched(AdvicePattern.LieIn, Night(up: "08:30"), SteadyWeek(1, 2, 3, 4));

        Assert.Equal(90, match.Values["minutes_later"]);
    }

    [Fact]
    public void Up_eighty_minutes_late_is_not_a_lie_in()
    {
        Assert.DoesNotContain(AdvicePattern.LieIn, Patterns(Night(up: "08:20"), SteadyWeek(1, 2, 3, 4)));
    }

    [Fact]
    public void A_late_get_up_needs_three_earlier_nights_to_compare_with()
    {
        Assert.DoesNotContain(AdvicePattern.LieIn, Patterns(Night(up: "10:00"), SteadyWeek(1, 2)));
    }

    [Fact]
    public void Nights_more_than_a_week_back_are_left_out_of_the_median()
    {
        Assert.DoesNotContain(AdvicePattern.LieIn, Patterns(Night(up: "10:00"), SteadyWeek(8, 9, 10, 11)));
    }

    [Fact]
    public void Into_bed_ninety_minutes_earlier_than_usual_is_an_early_bedtime_across_midnight()
    {
        // Usually 00:30; last night 23:00.
        List<DiaryEntry> history = [Night(1, bed: "00:30"), Night(2, bed: "00:15"), Night(3, bed: "00:45")];

        var match = Matched(AdvicePattern.EarlyBedtime, Night(bed: "23:00"), history);

        Assert.Equal(90, match.Values["minutes_earlier"]);
    }

    [Theory]
    [InlineData(30, false)]
    [InlineData(31, true)]
    public void More_than_thirty_minutes_to_fall_asleep_is_long(int sol, bool longSol)
    {
        Assert.Equal(longSol, Patterns(Night(sol: sol)).Contains(AdvicePattern.LongSol));
    }

    [Theory]
    [InlineData(30, false)]
    [InlineData(31, true)]
    public void More_than_thirty_minutes_awake_in_the_night_is_long(int waso, bool longWaso)
    {
        Assert.Equal(longWaso, Patterns(Night(wakings: 2, waso: waso)).Contains(AdvicePattern.LongWaso));
    }

    [Fact]
    public void A_settled_night_at_a_steady_get_up_time_is_a_good_night_with_the_mornings_counted()
    {
        List<DiaryEntry> history = [.. SteadyWeek(1, 2, 4), Night(3, up: "09:30")];

        var match = Matched(AdvicePattern.GoodNight, Night(up: "07:15"), history);

        Assert.Equal(4, match.Values["steady"]);
        Assert.Equal(5, match.Values["of"]);
    }

    [Fact]
    public void A_good_night_is_never_also_rough_or_a_flare()
    {
        var patterns = Patterns(Night(quality: 5, painNight: 8), SteadyWeek(1, 2, 3));

        Assert.Contains(AdvicePattern.Flare, patterns);
        Assert.DoesNotContain(AdvicePattern.GoodNight, patterns);
    }

    [Fact]
    public void A_settled_night_without_enough_mornings_to_compare_is_not_affirmed_as_steady()
    {
        Assert.DoesNotContain(AdvicePattern.GoodNight, Patterns(Night(), SteadyWeek(1)));
    }

    [Fact]
    public void Patterns_come_most_pressing_first_and_any_last()
    {
        List<DiaryEntry> history = [Night(1, painNight: 7), Night(2, painNight: 7)];

        var patterns = Patterns(Night(up: "05:30", sol: 45, wakings: 2, waso: 60, quality: 1, painNight: 8, naps: 90), history);

        Assert.Equal(
            [AdvicePattern.HighPainSeveralNights, AdvicePattern.Flare, AdvicePattern.RoughNight, AdvicePattern.LongNap, AdvicePattern.LongSol, AdvicePattern.LongWaso, AdvicePattern.Any],
            patterns);
    }

    [Fact]
    public void An_unknown_time_zone_still_reads_the_scores()
    {
        var night = Night(quality: 1) with { TimeZoneId = "Nowhere/Imaginary" };

        Assert.Contains(AdvicePattern.RoughNight, Patterns(night));
    }
}
