namespace CoachBot.Coaching.Diary;

/// <summary>
/// One night's sleep metrics (COACHING.md §3) in whole minutes, from instants. A metric that
/// can't be computed from what was answered is null, and a null is left out of averages, never
/// counted as 0.
/// </summary>
/// <param name="TimeInBedMinutes">TIB: <c>out_of_bed</c> − <c>bed_time</c>.</param>
/// <param name="SleepOnsetLatencyMinutes">SOL, from <c>try_time</c>.</param>
/// <param name="WakeAfterSleepOnsetMinutes">WASO, excluding the final waking; 0 when there were no wakings.</param>
/// <param name="Awakenings">NWAK.</param>
/// <param name="TotalSleepMinutes">TST: (<c>final_wake</c> − <c>try_time</c>) − SOL − WASO.</param>
/// <param name="SleepEfficiencyPercent">SE: 100 × TST / TIB, one decimal.</param>
internal sealed record SleepMetrics(
    int? TimeInBedMinutes,
    int? SleepOnsetLatencyMinutes,
    int? WakeAfterSleepOnsetMinutes,
    int? Awakenings,
    int? TotalSleepMinutes,
    decimal? SleepEfficiencyPercent)
{
    public static SleepMetrics For(DiaryEntry entry) => For(entry, NightTimeline.Place(entry));

    public static SleepMetrics For(DiaryEntry entry, NightTimeline night)
    {
        var timeInBed = MinutesBetween(night.BedTime, night.OutOfBed);
        var waso = entry.Wakings == 0 ? 0 : entry.WasoMinutes;
        var totalSleep = entry.DidNotSleep
            ? 0
            : MinutesBetween(night.TryTime, night.FinalWake) - entry.SolMinutes - waso;

        // More time awake than the night held is an answer to check with the person, not a negative sleep.
        if (totalSleep < 0)
        {
            totalSleep = null;
        }

        decimal? efficiency = totalSleep is { } sleep && timeInBed is { } inBed and > 0
            ? decimal.Round(100m * sleep / inBed, 1, MidpointRounding.AwayFromZero)
            : null;
        return new SleepMetrics(timeInBed, entry.SolMinutes, waso, entry.Wakings, totalSleep, efficiency);
    }

    private static int? MinutesBetween(DateTimeOffset? from, DateTimeOffset? to) =>
        from is { } start && to is { } end ? (int)Math.Round((end - start).TotalMinutes, MidpointRounding.AwayFromZero) : null;
}
