using CoachBot.Coaching.Diary;
using static CoachBot.Coaching.Tests.Diary.Nights;

namespace CoachBot.Coaching.Tests.Diary;

public sealed class NightPlausibilityTests
{
    [Fact]
    public void A_night_whose_answers_fit_together_raises_nothing()
    {
        Assert.Equal(PlausibilityIssues.None, NightPlausibility.Check(WorkedExample));
    }

    [Fact]
    public void Trying_to_sleep_before_getting_into_bed_is_raised()
    {
        var issues = NightPlausibility.Check(WorkedExample with { BedTime = At("23:00"), TryTime = At("22:30") });

        Assert.True(issues.HasFlag(PlausibilityIssues.TriedToSleepBeforeBed), issues.ToString());
    }

    [Fact]
    public void A_final_waking_before_trying_to_sleep_is_raised()
    {
        var issues = NightPlausibility.Check(WorkedExample with { FinalWake = At("22:50") });

        Assert.True(issues.HasFlag(PlausibilityIssues.WokeBeforeFallingAsleep), issues.ToString());
    }

    [Fact]
    public void Getting_up_before_the_final_waking_is_raised()
    {
        var issues = NightPlausibility.Check(WorkedExample with { FinalWake = At("06:30"), OutOfBed = At("06:00") });

        Assert.True(issues.HasFlag(PlausibilityIssues.UpBeforeFinalWaking), issues.ToString());
    }

    [Fact]
    public void More_minutes_awake_than_between_trying_to_sleep_and_waking_is_raised()
    {
        var issues = NightPlausibility.Check(WorkedExample with { SolMinutes = 240, WasoMinutes = 200 });

        Assert.Equal(PlausibilityIssues.AwakeLongerThanTheNight, issues);
    }

    [Fact]
    public void Minutes_awake_that_exactly_fill_the_night_are_plausible()
    {
        Assert.Equal(PlausibilityIssues.None, NightPlausibility.Check(WorkedExample with { SolMinutes = 220, WasoMinutes = 200 }));
    }

    [Fact]
    public void Under_an_hour_in_bed_is_raised()
    {
        Assert.Equal(PlausibilityIssues.VeryShortTimeInBed, NightPlausibility.Check(Simple("2026-06-10", "06:10", "07:00")));
    }

    [Fact]
    public void Over_sixteen_hours_in_bed_is_raised()
    {
        Assert.Equal(PlausibilityIssues.VeryLongTimeInBed, NightPlausibility.Check(Simple("2026-06-10", "18:00", "11:00")));
    }

    [Fact]
    public void Exactly_sixteen_hours_in_bed_is_plausible()
    {
        Assert.Equal(PlausibilityIssues.None, NightPlausibility.Check(Simple("2026-06-10", "18:00", "10:00")));
    }

    [Fact]
    public void Skipped_items_are_not_raised()
    {
        var sparse = new DiaryEntry { DiaryDate = new DateOnly(2026, 6, 10), TimeZoneId = London, OutOfBed = At("07:00") };

        Assert.Equal(PlausibilityIssues.None, NightPlausibility.Check(sparse));
    }
}
