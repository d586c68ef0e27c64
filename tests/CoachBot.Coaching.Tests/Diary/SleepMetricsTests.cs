using CoachBot.Coaching.Diary;
using static CoachBot.Coaching.Tests.Diary.Nights;

namespace CoachBot.Coaching.Tests.Diary;

public sealed class SleepMetricsTests
{
    [Fact]
    public void The_worked_example_gives_480_minutes_in_bed_350_asleep_and_72_9_percent_efficiency()
    {
        var metrics = SleepMetrics.For(WorkedExample);

        Assert.Equal(new SleepMetrics(480, 30, 40, 2, 350, 72.9m), metrics);
    }

    [Fact]
    public void A_bedtime_after_midnight_is_placed_on_the_diary_date()
    {
        var night = WorkedExample with { BedTime = At("01:30"), TryTime = At("01:30"), SolMinutes = 15, Wakings = 0, WasoMinutes = null };

        var metrics = SleepMetrics.For(night);

        Assert.Equal(300, metrics.TimeInBedMinutes);
        Assert.Equal(255, metrics.TotalSleepMinutes);
        Assert.Equal(85.0m, metrics.SleepEfficiencyPercent);
    }

    [Fact]
    public void Day_sleep_after_a_night_shift_reads_as_one_stretch_on_the_same_day()
    {
        var night = WorkedExample with
        {
            BedTime = At("08:00"), TryTime = At("08:00"), SolMinutes = 10, Wakings = 1, WasoMinutes = 20,
            FinalWake = At("14:30"), OutOfBed = At("15:00"),
        };

        var metrics = SleepMetrics.For(night);

        Assert.Equal(420, metrics.TimeInBedMinutes);
        Assert.Equal(360, metrics.TotalSleepMinutes);
        Assert.Equal(85.7m, metrics.SleepEfficiencyPercent);
    }

    [Theory]
    [InlineData(London, "2026-03-29", 420)]
    [InlineData(London, "2026-10-25", 540)]
    [InlineData(NewYork, "2026-03-08", 420)]
    [InlineData(NewYork, "2026-11-01", 540)]
    [InlineData(London, "2026-06-10", 480)]
    public void Eleven_to_seven_counts_the_hour_the_clocks_change(string zone, string date, int minutes)
    {
        var metrics = SleepMetrics.For(Simple(date, "23:00", "07:00", zone));

        Assert.Equal(minutes, metrics.TimeInBedMinutes);
        Assert.Equal(minutes, metrics.TotalSleepMinutes);
    }

    [Fact]
    public void No_wakings_means_no_time_awake_after_falling_asleep()
    {
        var metrics = SleepMetrics.For(WorkedExample with { Wakings = 0, WasoMinutes = null });

        Assert.Equal(0, metrics.WakeAfterSleepOnsetMinutes);
        Assert.Equal(390, metrics.TotalSleepMinutes);
    }

    [Fact]
    public void Without_getting_up_there_is_no_time_in_bed_or_efficiency_but_sleep_still_counts()
    {
        var metrics = SleepMetrics.For(WorkedExample with { OutOfBed = null });

        Assert.Null(metrics.TimeInBedMinutes);
        Assert.Null(metrics.SleepEfficiencyPercent);
        Assert.Equal(350, metrics.TotalSleepMinutes);
    }

    [Fact]
    public void Without_a_bed_time_there_is_no_time_in_bed()
    {
        var metrics = SleepMetrics.For(WorkedExample with { BedTime = null });

        Assert.Null(metrics.TimeInBedMinutes);
        Assert.Equal(350, metrics.TotalSleepMinutes);
    }

    [Theory]
    [InlineData("try_time")]
    [InlineData("sol")]
    [InlineData("waso")]
    [InlineData("final_wake")]
    public void A_skipped_item_that_total_sleep_needs_leaves_it_null_not_zero(string skipped)
    {
        var night = skipped switch
        {
            "try_time" => WorkedExample with { TryTime = null },
            "sol" => WorkedExample with { SolMinutes = null },
            "waso" => WorkedExample with { WasoMinutes = null },
            _ => WorkedExample with { FinalWake = null },
        };

        var metrics = SleepMetrics.For(night);

        Assert.Null(metrics.TotalSleepMinutes);
        Assert.Null(metrics.SleepEfficiencyPercent);
    }

    [Fact]
    public void A_night_without_any_waking_time_has_no_metrics_from_clock_times()
    {
        var metrics = SleepMetrics.For(WorkedExample with { FinalWake = null, OutOfBed = null });

        Assert.Equal(new SleepMetrics(null, 30, 40, 2, null, null), metrics);
    }

    [Fact]
    public void Not_sleeping_at_all_is_zero_sleep_and_zero_efficiency()
    {
        var metrics = SleepMetrics.For(WorkedExample with { DidNotSleep = true, SolMinutes = null, Wakings = null, WasoMinutes = null });

        Assert.Equal(0, metrics.TotalSleepMinutes);
        Assert.Equal(0m, metrics.SleepEfficiencyPercent);
        Assert.Equal(480, metrics.TimeInBedMinutes);
    }

    [Fact]
    public void More_time_awake_than_the_night_held_gives_no_total_sleep_rather_than_a_negative_one()
    {
        var metrics = SleepMetrics.For(WorkedExample with { SolMinutes = 300, WasoMinutes = 200 });

        Assert.Null(metrics.TotalSleepMinutes);
    }
}
