using CoachBot.Coaching.Diary;
using static CoachBot.Coaching.Tests.Diary.Nights;

namespace CoachBot.Coaching.Tests.Diary;

public sealed class NightTimelineTests
{
    [Fact]
    public void Getting_up_is_on_the_diary_date_and_the_evening_before_is_the_day_before()
    {
        var night = NightTimeline.Place(WorkedExample);

        Assert.Equal(Instant("2026-06-09T22:30:00+01:00"), night.BedTime);
        Assert.Equal(Instant("2026-06-09T23:00:00+01:00"), night.TryTime);
        Assert.Equal(Instant("2026-06-10T06:00:00+01:00"), night.FinalWake);
        Assert.Equal(Instant("2026-06-10T06:30:00+01:00"), night.OutOfBed);
    }

    [Fact]
    public void Same_as_bed_time_and_same_as_waking_place_at_the_same_instant()
    {
        var night = NightTimeline.Place(Simple("2026-06-10", "23:00", "07:00"));

        Assert.Equal(night.BedTime, night.TryTime);
        Assert.Equal(night.FinalWake, night.OutOfBed);
    }

    [Fact]
    public void A_time_skipped_when_the_clocks_go_forward_moves_forward_by_the_gap()
    {
        var entry = Simple("2026-03-29", "00:30", "07:00") with { TryTime = At("01:30") };

        var night = NightTimeline.Place(entry);

        Assert.Equal(Instant("2026-03-29T02:30:00+01:00"), night.TryTime);
        Assert.Equal(Instant("2026-03-29T00:30:00+00:00"), night.BedTime);
    }

    [Fact]
    public void A_time_skipped_in_new_york_moves_forward_by_the_gap_too()
    {
        var entry = Simple("2026-03-08", "23:00", "07:00", NewYork) with { FinalWake = At("02:30"), OutOfBed = At("07:00") };

        var night = NightTimeline.Place(entry);

        Assert.Equal(Instant("2026-03-08T03:30:00-04:00"), night.FinalWake);
    }

    [Fact]
    public void A_time_repeated_when_the_clocks_go_back_takes_the_first_pass()
    {
        var night = NightTimeline.Place(Simple("2026-10-25", "01:30", "07:00"));

        Assert.Equal(Instant("2026-10-25T01:30:00+01:00"), night.BedTime);
        Assert.Equal(390, SleepMetrics.For(Simple("2026-10-25", "01:30", "07:00")).TimeInBedMinutes);
    }

    [Fact]
    public void A_repeated_time_takes_the_second_pass_when_the_first_would_break_the_order()
    {
        // Into bed at 01:45 summer time, then trying to sleep at 01:10 after the clocks went back.
        var entry = Simple("2026-10-25", "01:45", "07:00") with { TryTime = At("01:10") };

        var night = NightTimeline.Place(entry);

        Assert.Equal(Instant("2026-10-25T01:45:00+01:00"), night.BedTime);
        Assert.Equal(Instant("2026-10-25T01:10:00+00:00"), night.TryTime);
        Assert.Equal(PlausibilityIssues.None, NightPlausibility.Check(entry));
    }

    [Fact]
    public void Without_getting_up_the_final_waking_is_placed_on_the_diary_date()
    {
        var night = NightTimeline.Place(WorkedExample with { OutOfBed = null });

        Assert.Equal(Instant("2026-06-10T06:00:00+01:00"), night.FinalWake);
        Assert.Equal(Instant("2026-06-09T22:30:00+01:00"), night.BedTime);
        Assert.Null(night.OutOfBed);
    }

    [Fact]
    public void Without_any_waking_time_nothing_can_be_placed()
    {
        Assert.Equal(new NightTimeline(null, null, null, null), NightTimeline.Place(WorkedExample with { FinalWake = null, OutOfBed = null }));
    }

    [Fact]
    public void A_zone_this_machine_does_not_know_is_refused()
    {
        Assert.Throws<TimeZoneNotFoundException>(() => NightTimeline.Place(WorkedExample with { TimeZoneId = "Mars/Olympus_Mons" }));
    }
}
