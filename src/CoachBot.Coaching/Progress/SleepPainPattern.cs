using CoachBot.Coaching.Diary;

namespace CoachBot.Coaching.Progress;

/// <summary>
/// The person's own pattern: night d's sleep (the 1–5 rating, or total sleep as a second view) beside that
/// morning's <c>pain_now</c>, over the last <see cref="Window"/> diary dates at most. Spearman's ρ with average
/// ranks for ties; the person sees the split-half medians, ρ only goes into the shared summary.
/// </summary>
/// <param name="Pairs">How many mornings had both values (n).</param>
/// <param name="Rho">Spearman's ρ; null below the minimum or when a series doesn't vary.</param>
/// <param name="BetterMedian">Median morning pain after the better half of nights (sleep rank above the middle).</param>
/// <param name="WorseMedian">Median morning pain after the other half (sleep rank below the middle).</param>
internal sealed record SleepPainPattern(PatternKind Kind, int Pairs, double? Rho, double? BetterMedian, double? WorseMedian)
{
    public const int Window = 56;

    public const int MinimumPairs = 14;

    public const int MinimumDistinctValues = 3;

    /// <summary>|ρ| below this is "no clear pattern so far".</summary>
    public const double ClearRho = 0.3;

    /// <summary>Sleep rating (1–5) against that morning's pain, over the window ending on <paramref name="lastDate"/>.</summary>
    public static SleepPainPattern ForQuality(IEnumerable<DiaryEntry> diary, DateOnly lastDate) =>
        Find(Values(diary, lastDate).Select(n => (n.Quality is { } q ? q : (double?)null, n.PainNow)));

    /// <summary>Total sleep in minutes against that morning's pain (the second view).</summary>
    public static SleepPainPattern ForTotalSleep(IEnumerable<DiaryEntry> diary, DateOnly lastDate) =>
        Find(Values(diary, lastDate).Select(n => (n.TotalSleepMinutes is { } t ? t : (double?)null, n.PainNow)));

    /// <summary>The pattern in (sleep, pain) pairs; pairs missing either value are left out.</summary>
    public static SleepPainPattern Find(IEnumerable<(double? Sleep, int? Pain)> nights)
    {
        ArgumentNullException.ThrowIfNull(nights);
        var pairs = nights.Where(p => p.Sleep is not null && p.Pain is not null).Select(p => (Sleep: p.Sleep!.Value, Pain: (double)p.Pain!.Value)).ToList();
        if (pairs.Count < MinimumPairs)
        {
            return new SleepPainPattern(PatternKind.TooFewPairs, pairs.Count, null, null, null);
        }

        var sleep = pairs.Select(p => p.Sleep).ToList();
        var pain = pairs.Select(p => p.Pain).ToList();
        if (sleep.Distinct().Count() < MinimumDistinctValues || pain.Distinct().Count() < MinimumDistinctValues)
        {
            return new SleepPainPattern(PatternKind.TooSteady, pairs.Count, null, null, null);
        }

        var rho = Ranking.Spearman(sleep, pain)!.Value;

        // Halves by sleep rank, so tied nights always land on the same side; a tie group exactly at the
        // middle rank belongs to neither half.
        var ranks = Ranking.AverageRanks(sleep);
        var middle = (pairs.Count + 1) / 2.0;
        var better = Ranking.Median(pain.Where((_, i) => ranks[i] > middle));
        var worse = Ranking.Median(pain.Where((_, i) => ranks[i] < middle));
        var kind = rho <= -ClearRho ? PatternKind.LowerAfterBetterNights
            : rho >= ClearRho ? PatternKind.HigherAfterBetterNights
            : PatternKind.Unclear;
        return new SleepPainPattern(kind, pairs.Count, rho, better, worse);
    }

    private static IEnumerable<NightValues> Values(IEnumerable<DiaryEntry> diary, DateOnly lastDate) =>
        NightValues.Between(diary, lastDate.AddDays(-(Window - 1)), lastDate).Values.OrderBy(n => n.Date);
}
