using CoachBot.Coaching.Diary;
using CoachBot.Coaching.Progress;
using CoachBot.Coaching.Tests.Onboarding;
using CoachBot.Coaching.Tone;

namespace CoachBot.Coaching.Tests.Progress;

public sealed class WeeklySummaryTests
{
    private static readonly DateOnly Sunday = new(2026, 11, 8);

    /// <summary>
    /// Two weeks worked out by hand (COACHING.md §3 definitions).
    /// This week, 2–8 November, 4 nights: TST 400, 320, 440, 390 (mean 387.5 → 6 and a half hours);
    /// SE 83.3, 66.7, 94.6, 86.7 (mean 82.825 → 83%); SOL 20, 40, 10, 15 (median 17.5 → 18 minutes);
    /// WASO 30, 60, 0, 15 (median 22.5 → 23 minutes); morning pain 3, 6, 2, 4 (median 3.5).
    /// The week before, 26 October – 1 November, 3 nights: TST 390, 300, 420 (mean 370 → 6 and a quarter
    /// hours); SE 92.9, 62.5, 87.5 (mean 80.97 → 81%); SOL 30, 45, 10 (median 30); WASO 0, 90, 20 (median 20);
    /// pain 6, 7, 5 (median 6): down 2.5, noticeably lower.
    /// </summary>
    private static readonly List<DiaryEntry> TwoWeeks =
    [
        Night("2026-10-27", "23:00", "23:00", 30, 0, null, "06:00", "06:00", pain: 6),
        Night("2026-10-29", "23:00", "23:15", 45, 3, 90, "06:30", "07:00", pain: 7),
        Night("2026-10-31", "22:00", "22:00", 10, 1, 20, "05:30", "06:00", pain: 5),
        Night("2026-11-02", "23:00", "23:00", 20, 1, 30, "06:30", "07:00", pain: 3),
        Night("2026-11-04", "22:30", "23:00", 40, 2, 60, "06:00", "06:30", pain: 6),
        Night("2026-11-05", "23:30", "23:30", 10, 0, null, "07:00", "07:15", pain: 2),
        Night("2026-11-08", "00:00", "00:00", 15, 1, 15, "07:00", "07:30", pain: 4),
    ];

    [Fact]
    public void The_hand_worked_weeks_give_the_hand_worked_numbers()
    {
        var week = WeekNumbers.Ending(TwoWeeks, Sunday);
        var before = WeekNumbers.Ending(TwoWeeks, Sunday.AddDays(-7));

        Assert.Equal((new DateOnly(2026, 11, 2), 4), (week.First, week.Nights));
        Assert.Equal(387.5, week.MeanTotalSleepMinutes);
        Assert.Equal(82.825, week.MeanEfficiencyPercent!.Value, 9);
        Assert.Equal(17.5, week.MedianSolMinutes);
        Assert.Equal(22.5, week.MedianWasoMinutes);
        Assert.Equal(3.5, week.MedianMorningPain);

        Assert.Equal(3, before.Nights);
        Assert.Equal(370, before.MeanTotalSleepMinutes);
        Assert.Equal(242.9 / 3, before.MeanEfficiencyPercent!.Value, 9);
        Assert.Equal(30, before.MedianSolMinutes);
        Assert.Equal(20, before.MedianWasoMinutes);
        Assert.Equal(6, before.MedianMorningPain);
    }

    [Fact]
    public void The_summary_says_each_figure_beside_the_week_before_in_plain_words()
    {
        var text = WeeklySummary.Compose(TwoWeeks, Sunday, Words.Messages, ByHand.EnGb);

        string[] expected =
        [
            Words.Say("progress.summary.heading", ("first", "2 November"), ("last", "8 November"), ("nights", "4")),
            "- " + Words.Say("progress.summary.sleep", ("value", "6 and a half hours"), ("change", Was("6 and a quarter hours"))),
            "- " + Words.Say("progress.summary.efficiency", ("value", "83"), ("change", Was("81%"))),
            "- " + Words.Say("progress.summary.sol", ("value", "18 minutes"), ("change", Was("30 minutes"))),
            "- " + Words.Say("progress.summary.waso", ("value", "23 minutes"), ("change", Was("20 minutes"))),
            "- " + Words.Say("progress.summary.pain", ("value", "3.5"), ("change", Words.Say("progress.summary.change.pain_lower", ("value", "6")))),
            Words.Say("progress.summary.closing"),
        ];
        Assert.Equal(string.Join('\n', expected), text);
        Assert.Contains("4 of 7 nights", text, StringComparison.Ordinal);
        Assert.Empty(ToneChecker.Check(text));
    }

    [Fact]
    public void A_week_with_fewer_than_three_nights_for_a_figure_says_so_kindly_and_compares_nothing()
    {
        // The week before has only two nights: nothing to compare with, and its own figures are too few.
        var text = WeeklySummary.Compose(TwoWeeks, new DateOnly(2026, 10, 30), Words.Messages, ByHand.EnGb);
        var tooFew = Words.Say("progress.summary.too_few");

        Assert.StartsWith(Words.Say("progress.summary.heading", ("first", "24 October"), ("last", "30 October"), ("nights", "2")), text, StringComparison.Ordinal);
        foreach (var line in new[] { "sleep", "efficiency", "sol", "waso", "pain" })
        {
            Assert.Contains(Words.Say($"progress.summary.{line}_too_few", ("too_few", tooFew)), text, StringComparison.Ordinal);
        }

        Assert.Contains("not enough nights to sum up, which is fine", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Words.Say("progress.summary.change.same"), text, StringComparison.Ordinal);
        Assert.Empty(ToneChecker.Check(text));
    }

    [Fact]
    public void A_first_week_says_there_is_nothing_to_compare_with_yet()
    {
        var firstWeek = TwoWeeks.Where(e => e.DiaryDate >= new DateOnly(2026, 11, 2)).ToList();

        var text = WeeklySummary.Compose(firstWeek, Sunday, Words.Messages, ByHand.EnGb);

        Assert.Contains("- " + Words.Say("progress.summary.sleep", ("value", "6 and a half hours"), ("change", Words.Say("progress.summary.change.first_week"))), text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_week_is_fine_and_says_so()
    {
        var text = WeeklySummary.Compose([], Sunday, Words.Messages, ByHand.EnGb);

        Assert.Equal(Words.Say("progress.summary.no_nights", ("first", "2 November"), ("last", "8 November")), text);
        Assert.Empty(ToneChecker.Check(text));
    }

    [Fact]
    public void Equal_shown_figures_read_as_about_the_same()
    {
        // Three identical nights each week: 7 h 30 asleep of 8 h in bed, 15 minutes to fall asleep, no wakings, pain 4.
        var nights = new[] { "2026-10-27", "2026-10-28", "2026-10-29", "2026-11-03", "2026-11-04", "2026-11-05" }
            .Select(d => Night(d, "23:00", "23:00", 15, 0, null, "06:45", "07:00", pain: 4)).ToList();

        var text = WeeklySummary.Compose(nights, Sunday, Words.Messages, ByHand.EnGb);

        var same = Words.Say("progress.summary.change.same");
        Assert.Contains("- " + Words.Say("progress.summary.sleep", ("value", "7 and a half hours"), ("change", same)), text, StringComparison.Ordinal);
        Assert.Contains("- " + Words.Say("progress.summary.efficiency", ("value", "94"), ("change", same)), text, StringComparison.Ordinal);
        Assert.Contains("- " + Words.Say("progress.summary.pain", ("value", "4"), ("change", Words.Say("progress.summary.change.pain_same", ("value", "4")))), text, StringComparison.Ordinal);
        Assert.DoesNotContain(Words.Say("progress.summary.offer_share"), text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_noticeable_rise_in_morning_pain_offers_a_summary_for_the_physio()
    {
        var nights = new[] { ("2026-10-27", 3), ("2026-10-28", 3), ("2026-10-29", 4), ("2026-11-03", 6), ("2026-11-04", 5), ("2026-11-05", 6) }
            .Select(n => Night(n.Item1, "23:00", "23:00", 15, 0, null, "06:45", "07:00", pain: n.Item2)).ToList();

        var text = WeeklySummary.Compose(nights, Sunday, Words.Messages, ByHand.EnGb);

        Assert.Contains(Words.Say("progress.summary.change.pain_higher", ("value", "3")), text, StringComparison.Ordinal);
        Assert.EndsWith(Words.Say("progress.summary.offer_share"), text, StringComparison.Ordinal);
        Assert.Empty(ToneChecker.Check(text));
    }

    [Fact]
    public void Time_in_bed_asleep_under_eighty_percent_two_weeks_running_offers_the_summary_once()
    {
        // 6 h asleep of 8 h in bed (75%) every night for three weeks: offered the first week it has run two weeks, not the next.
        var nights = Enumerable.Range(0, 21)
            .Select(i => Night(new DateOnly(2026, 10, 19).AddDays(i).ToString("yyyy-MM-dd", ByHand.EnGb), "23:00", "23:00", 60, 1, 60, "07:00", "07:00", pain: 4))
            .ToList();

        var second = WeeklySummary.Compose(nights, new DateOnly(2026, 11, 1), Words.Messages, ByHand.EnGb);
        var third = WeeklySummary.Compose(nights, Sunday, Words.Messages, ByHand.EnGb);

        Assert.Contains("- " + Words.Say("progress.summary.efficiency", ("value", "75"), ("change", Words.Say("progress.summary.change.same"))), second, StringComparison.Ordinal);
        Assert.EndsWith(Words.Say("progress.summary.offer_share"), second, StringComparison.Ordinal);
        Assert.DoesNotContain(Words.Say("progress.summary.offer_share"), third, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(390, "6 and a half hours")]
    [InlineData(367, "6 hours")]
    [InlineData(368, "6 and a quarter hours")]
    [InlineData(412, "6 and three-quarter hours")]
    [InlineData(60, "1 hour")]
    [InlineData(30, "half an hour")]
    [InlineData(44, "45 minutes")]
    [InlineData(80, "1 and a quarter hours")]
    public void Total_sleep_reads_to_the_nearest_quarter_hour(double minutes, string expected) =>
        Assert.Equal(expected, new ProgressWords(Words.Messages, ByHand.EnGb).QuarterHours(minutes));

    [Fact]
    public void A_summary_asked_before_the_check_in_covers_the_week_up_to_yesterday()
    {
        Assert.Equal(Sunday, WeeklySummary.LastDateFor(TwoWeeks, Sunday));
        Assert.Equal(new DateOnly(2026, 11, 6), WeeklySummary.LastDateFor(TwoWeeks, new DateOnly(2026, 11, 7)));
    }

    private static string Was(string value) => Words.Say("progress.summary.change.was", ("value", value));

    private static DiaryEntry Night(string date, string bed, string tryTime, int sol, int wakings, int? waso, string finalWake, string up, int? pain) => new()
    {
        DiaryDate = DateOnly.ParseExact(date, "yyyy-MM-dd", ByHand.EnGb),
        TimeZoneId = "Europe/London",
        BedTime = Clock(bed),
        TryTime = Clock(tryTime),
        SolMinutes = sol,
        Wakings = wakings,
        WasoMinutes = waso,
        FinalWake = Clock(finalWake),
        OutOfBed = Clock(up),
        Quality = 3,
        PainNight = pain,
        PainNow = pain,
    };

    private static TimeOnly Clock(string value) => TimeOnly.ParseExact(value, "HH:mm", ByHand.EnGb);
}
