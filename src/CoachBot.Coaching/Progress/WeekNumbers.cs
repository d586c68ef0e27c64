using CoachBot.Coaching.Diary;

namespace CoachBot.Coaching.Progress;

/// <summary>
/// One week of seven diary dates summed up (COACHING.md §3 "Weekly"): how many nights, mean total sleep and
/// sleep efficiency, median time to fall asleep, time awake and morning pain. A figure resting on fewer than
/// <see cref="MinimumNights"/> nights is null: too few to sum up.
/// </summary>
internal sealed record WeekNumbers(
    DateOnly First,
    DateOnly Last,
    int Nights,
    double? MeanTotalSleepMinutes,
    double? MeanEfficiencyPercent,
    double? MedianSolMinutes,
    double? MedianWasoMinutes,
    double? MedianMorningPain)
{
    public const int MinimumNights = 3;

    public const int Days = 7;

    /// <summary>The week ending on <paramref name="last"/> (that date and the six before it).</summary>
    public static WeekNumbers Ending(IEnumerable<DiaryEntry> diary, DateOnly last)
    {
        var first = last.AddDays(-(Days - 1));
        var nights = NightValues.Between(diary, first, last).Values.ToList();
        return new WeekNumbers(
            first,
            last,
            nights.Count,
            Enough(nights.Select(n => (double?)n.TotalSleepMinutes), Ranking.Mean),
            Enough(nights.Select(n => (double?)n.SleepEfficiencyPercent), Ranking.Mean),
            Enough(nights.Select(n => (double?)n.SolMinutes), Ranking.Median),
            Enough(nights.Select(n => (double?)n.WasoMinutes), Ranking.Median),
            Enough(nights.Select(n => (double?)n.PainNow), Ranking.Median));
    }

    /// <summary>True when the week has enough nights for week-to-week comparison at all.</summary>
    public bool Comparable => Nights >= MinimumNights;

    private static double? Enough(IEnumerable<double?> values, Func<IEnumerable<double>, double?> summarise)
    {
        var given = values.OfType<double>().ToList();
        return given.Count >= MinimumNights ? summarise(given) : null;
    }
}
