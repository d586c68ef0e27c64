using CoachBot.Coaching.Diary;

namespace CoachBot.Coaching.Progress;

/// <summary>One diary date's numbers for progress: the night's metrics (COACHING.md §3) beside its ratings. Null where not given.</summary>
internal sealed record NightValues(
    DateOnly Date,
    int? TimeInBedMinutes,
    int? TotalSleepMinutes,
    decimal? SleepEfficiencyPercent,
    int? SolMinutes,
    int? WasoMinutes,
    int? Quality,
    int? PainNight,
    int? PainNow)
{
    public static NightValues Of(DiaryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var metrics = SleepMetrics.For(entry);
        return new NightValues(
            entry.DiaryDate,
            metrics.TimeInBedMinutes,
            metrics.TotalSleepMinutes,
            metrics.SleepEfficiencyPercent,
            metrics.SleepOnsetLatencyMinutes,
            metrics.WakeAfterSleepOnsetMinutes,
            entry.Quality,
            entry.PainNight,
            entry.PainNow);
    }

    /// <summary>The diary by date, from <paramref name="first"/> to <paramref name="last"/>; a date checked in twice keeps its latest entry.</summary>
    public static IReadOnlyDictionary<DateOnly, NightValues> Between(IEnumerable<DiaryEntry> diary, DateOnly first, DateOnly last)
    {
        ArgumentNullException.ThrowIfNull(diary);
        var nights = new Dictionary<DateOnly, NightValues>();
        foreach (var entry in diary.Where(e => e.DiaryDate >= first && e.DiaryDate <= last))
        {
            nights[entry.DiaryDate] = Of(entry);
        }

        return nights;
    }
}
