using CoachBot.Coaching.Progress;
using CoachBot.Coaching.Tests.Onboarding;
using CoachBot.Coaching.Tone;

namespace CoachBot.Coaching.Tests.Progress;

public sealed class ProgressChartsTests
{
    private static readonly IReadOnlyList<SyntheticNight> Nights = SyntheticDiary.Generate();
    private static readonly ProgressWords EnGb = new(Words.Messages, ByHand.EnGb);

    [Fact]
    public void Chart_data_has_one_slot_per_date_and_a_gap_where_no_entry_exists()
    {
        var last = new DateOnly(2026, 10, 10);
        var diary = SyntheticDiary.Entries(Nights);

        var data = ProgressCharts.Data(diary, last, EnGb);

        Assert.Equal(14, data.Dates.Count);
        Assert.Equal(new DateOnly(2026, 9, 27), data.Dates[0]);
        Assert.Equal(last, data.Dates[^1]);
        for (var i = 0; i < 14; i++)
        {
            var night = Nights.SingleOrDefault(n => n.Entry.DiaryDate == data.Dates[i]);
            Assert.Equal(night?.TimeInBedMinutes / 60.0, data.HoursInBed[i]);
            Assert.Equal(night is null ? null : night.TotalSleepMinutes / 60.0, data.HoursAsleep[i]);
            Assert.Equal(night?.Entry.PainNight, data.PainNight[i]);
            Assert.Equal(night?.Entry.PainNow, data.PainMorning[i]);
        }

        // 3 to 5 October is the forced gap.
        var gap = data.Dates.ToList().IndexOf(new DateOnly(2026, 10, 4));
        Assert.Null(data.HoursInBed[gap]);
        Assert.Null(data.PainMorning[gap]);
        Assert.Equal("4 Oct", data.Labels.DateLabels[gap]);
        Assert.Equal(Words.Say("progress.chart.sleep.title"), data.Labels.SleepTitle);
    }

    [Fact]
    public void The_alt_text_sums_up_the_numbers_on_the_charts()
    {
        var diary = SyntheticDiary.Entries(Nights);
        var last = SyntheticDiary.LastDate;
        var shown = Nights.Where(n => n.Entry.DiaryDate > last.AddDays(-14)).ToList();
        var inBed = ByHand.MeanOfAtLeastThree([.. shown.Where(n => n.TimeInBedMinutes is not null).Select(n => (double)n.TimeInBedMinutes!.Value)])!.Value;
        var asleep = ByHand.MeanOfAtLeastThree([.. shown.Select(n => (double)n.TotalSleepMinutes)])!.Value;
        var night = ByHand.MedianOfAtLeastThree([.. shown.Select(n => (double)n.Entry.PainNight!.Value)])!.Value;
        var morning = ByHand.MedianOfAtLeastThree([.. shown.Where(n => n.Entry.PainNow is not null).Select(n => (double)n.Entry.PainNow!.Value)])!.Value;

        var sleepAlt = ProgressCharts.SleepAlt(diary, last, EnGb);
        var painAlt = ProgressCharts.PainAlt(diary, last, EnGb);

        var range = new[] { ("first", "26 October"), ("last", "8 November") };
        Assert.Equal(
            Words.Say("progress.chart.sleep.alt", [.. range, ("nights", shown.Count.ToString(ByHand.EnGb)), ("in_bed", ByHand.QuarterHours(inBed)), ("asleep", ByHand.QuarterHours(asleep))]),
            sleepAlt);
        Assert.Equal(
            Words.Say("progress.chart.pain.alt", [.. range, ("nights", shown.Count.ToString(ByHand.EnGb)), ("night", ByHand.Pain(night)), ("morning", ByHand.Pain(morning))]),
            painAlt);
        Assert.Empty(ToneChecker.Check(sleepAlt));
        Assert.Empty(ToneChecker.Check(painAlt));
    }

    [Fact]
    public void With_no_entries_the_alt_text_says_nothing_is_recorded_yet()
    {
        Assert.Equal(
            Words.Say("progress.chart.sleep.alt_empty", ("first", "26 October"), ("last", "8 November")),
            ProgressCharts.SleepAlt([], SyntheticDiary.LastDate, EnGb));
        Assert.Equal(
            Words.Say("progress.chart.pain.alt_empty", ("first", "26 October"), ("last", "8 November")),
            ProgressCharts.PainAlt([], SyntheticDiary.LastDate, EnGb));
    }

    [Fact]
    public void The_fingerprint_changes_with_what_the_charts_show()
    {
        var diary = SyntheticDiary.Entries(Nights);
        var one = ProgressCharts.Data(diary, SyntheticDiary.LastDate, EnGb);
        var same = ProgressCharts.Data(SyntheticDiary.Entries(SyntheticDiary.Generate()), SyntheticDiary.LastDate, EnGb);
        var changed = ProgressCharts.Data(diary[..^1], SyntheticDiary.LastDate, EnGb);

        Assert.Equal(one.Fingerprint(), same.Fingerprint());
        Assert.NotEqual(one.Fingerprint(), changed.Fingerprint());
    }
}
