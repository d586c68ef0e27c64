using System.Globalization;
using CoachBot.Coaching.Diary;

namespace CoachBot.Coaching.Advice;

/// <summary>
/// Reads which patterns a night shows, against the nights before it. Pure: thresholds are the
/// research cut-offs of COACHING.md §3, used to choose an idea, never shown as a grade.
/// </summary>
internal static class DiaryPatterns
{
    public const int ShortSleepMinutes = 360;
    public const decimal LowEfficiencyPercent = 80m;
    public const int LowQuality = 2;
    public const int FlarePain = 7;
    public const int FlareRise = 2;
    public const int HighPain = 6;
    public const int HighPainNights = 3;
    public const int HighPainWindow = 4;
    public const int LongNapMinutes = 45;
    public const int ShiftMinutes = 90;
    public const int LongWaitMinutes = 30;
    public const int SteadyWithinMinutes = 60;
    public const int MinimumNights = 3;
    public const int MedianNights = 7;

    /// <summary>Every pattern the night shows, in the selector's order; <see cref="AdvicePattern.Any"/> always last.</summary>
    public static IReadOnlyList<PatternMatch> Find(IReadOnlyList<DiaryEntry> history, DiaryEntry tonight)
    {
        // The diary may already hold tonight's entry; only the nights before it are history.
        var earlier = history.Where(e => e.DiaryDate < tonight.DiaryDate).ToList();
        var metrics = MetricsOf(tonight);
        var flare = Flare(tonight);
        var rough = Rough(tonight, metrics);
        PatternMatch?[] found =
        [
            HighPainRun(earlier, tonight),
            flare,
            rough,
            LieIn(earlier, tonight),
            EarlyBedtime(earlier, tonight),
            Over(AdvicePattern.LongNap, "nap_minutes", tonight.NapMinutes, LongNapMinutes - 1),
            tonight.DidNotSleep ? null : Over(AdvicePattern.LongSol, "sol_minutes", tonight.SolMinutes, LongWaitMinutes),
            tonight.Wakings == 0 ? null : Over(AdvicePattern.LongWaso, "waso_minutes", tonight.WasoMinutes, LongWaitMinutes),
            flare is null && rough is null ? GoodNight(earlier, tonight, metrics) : null,
            new PatternMatch(AdvicePattern.Any, new Dictionary<string, int>(), "fits every night"),
        ];
        return [.. found.OfType<PatternMatch>()];
    }

    private static SleepMetrics? MetricsOf(DiaryEntry entry)
    {
        try
        {
            return SleepMetrics.For(entry);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // A zone this machine doesn't know: the clock-based metrics are unknown, the scores still count.
            return null;
        }
    }

    private static PatternMatch? HighPainRun(List<DiaryEntry> earlier, DiaryEntry tonight)
    {
        var from = tonight.DiaryDate.AddDays(1 - HighPainWindow);
        var nights = earlier.Where(e => e.DiaryDate >= from).Append(tonight).Count(e => e.PainNight >= HighPain);
        return nights < HighPainNights
            ? null
            : Match(AdvicePattern.HighPainSeveralNights, $"pain_night >= {HighPain} on {nights} of the last {HighPainWindow} nights", ("nights", nights), ("of", HighPainWindow));
    }

    private static PatternMatch? Flare(DiaryEntry night)
    {
        if (night.PainNight is not { } painNight)
        {
            return null;
        }

        var reasons = new List<string>();
        if (painNight >= FlarePain)
        {
            reasons.Add($"pain_night {painNight} >= {FlarePain}");
        }

        if (night.PainNow is { } now && now >= painNight + FlareRise)
        {
            reasons.Add($"pain_now {now} >= pain_night {painNight} + {FlareRise}");
        }

        return reasons.Count == 0
            ? null
            : Match(AdvicePattern.Flare, string.Join("; ", reasons), [("pain_night", painNight), .. night.PainNow is { } n ? [("pain_now", n)] : Array.Empty<(string, int)>()]);
    }

    private static PatternMatch? Rough(DiaryEntry night, SleepMetrics? metrics)
    {
        var reasons = new List<string>();
        var values = new List<(string, int)>();
        if (metrics?.TotalSleepMinutes is { } sleep && sleep < ShortSleepMinutes)
        {
            reasons.Add($"total sleep {sleep} min < {ShortSleepMinutes}");
            values.Add(("sleep_minutes", sleep));
        }

        if (metrics?.SleepEfficiencyPercent is { } efficiency && efficiency < LowEfficiencyPercent)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"sleep efficiency {efficiency}% < {LowEfficiencyPercent}%"));
            values.Add(("efficiency", (int)Math.Round(efficiency, MidpointRounding.AwayFromZero)));
        }

        if (night.Quality is { } quality && quality <= LowQuality)
        {
            reasons.Add($"quality {quality} <= {LowQuality}");
            values.Add(("quality", quality));
        }

        return reasons.Count == 0 ? null : Match(AdvicePattern.RoughNight, string.Join("; ", reasons), [.. values]);
    }

    private static PatternMatch? LieIn(List<DiaryEntry> earlier, DiaryEntry tonight)
    {
        if (tonight.OutOfBed is not { } up || Median(Recent(earlier, tonight, MedianNights), e => e.OutOfBed, FromMidnight) is not (var median, var nights))
        {
            return null;
        }

        var later = (int)Math.Round(FromMidnight(up) - median, MidpointRounding.AwayFromZero);
        return later < ShiftMinutes
            ? null
            : Match(AdvicePattern.LieIn, $"out_of_bed {later} min later than the median of {nights} nights (>= {ShiftMinutes})", ("minutes_later", later));
    }

    private static PatternMatch? EarlyBedtime(List<DiaryEntry> earlier, DiaryEntry tonight)
    {
        if (tonight.BedTime is not { } bed || Median(Recent(earlier, tonight, MedianNights), e => e.BedTime, FromNoon) is not (var median, var nights))
        {
            return null;
        }

        var sooner = (int)Math.Round(median - FromNoon(bed), MidpointRounding.AwayFromZero);
        return sooner < ShiftMinutes
            ? null
            : Match(AdvicePattern.EarlyBedtime, $"bed_time {sooner} min earlier than the median of {nights} nights (>= {ShiftMinutes})", ("minutes_earlier", sooner));
    }

    private static PatternMatch? GoodNight(List<DiaryEntry> earlier, DiaryEntry tonight, SleepMetrics? metrics)
    {
        var settled = tonight.Quality is { } quality
            ? quality >= 4
            : metrics is { TotalSleepMinutes: >= ShortSleepMinutes, SleepEfficiencyPercent: >= 85m };
        if (!settled || tonight.OutOfBed is not { } up)
        {
            return null;
        }

        var mornings = Recent(earlier, tonight, MedianNights - 1).Where(e => e.OutOfBed is not null).Append(tonight).ToList();
        if (mornings.Count < MinimumNights || Median(mornings, e => e.OutOfBed, FromMidnight) is not (var median, _))
        {
            return null;
        }

        var steady = mornings.Count(e => Math.Abs(FromMidnight(e.OutOfBed!.Value) - median) <= SteadyWithinMinutes);
        var tonightSteady = Math.Abs(FromMidnight(up) - median) <= SteadyWithinMinutes;
        return !tonightSteady || steady < MinimumNights
            ? null
            : Match(AdvicePattern.GoodNight, $"settled night (quality {tonight.Quality?.ToString(CultureInfo.InvariantCulture) ?? "not given"}); up within {SteadyWithinMinutes} min of the median on {steady} of {mornings.Count} mornings", ("steady", steady), ("of", mornings.Count));
    }

    private static PatternMatch? Over(AdvicePattern pattern, string name, int? value, int threshold) =>
        value is { } v && v > threshold ? Match(pattern, $"{name} {v} > {threshold}", (name, v)) : null;

    /// <summary>The diary dates in the <paramref name="days"/> days before tonight.</summary>
    private static IEnumerable<DiaryEntry> Recent(List<DiaryEntry> earlier, DiaryEntry tonight, int days) =>
        earlier.Where(e => e.DiaryDate >= tonight.DiaryDate.AddDays(-days));

    private static (double Median, int Count)? Median(IEnumerable<DiaryEntry> entries, Func<DiaryEntry, TimeOnly?> item, Func<TimeOnly, double> minutes)
    {
        var values = entries.Select(item).OfType<TimeOnly>().Select(minutes).Order().ToList();
        if (values.Count < MinimumNights)
        {
            return null;
        }

        var middle = values.Count / 2;
        return (values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2, values.Count);
    }

    private static double FromMidnight(TimeOnly time) => (time.Hour * 60) + time.Minute;

    /// <summary>Bed times are measured from noon, so 23:30 and 00:30 sit an hour apart (COACHING.md §3).</summary>
    private static double FromNoon(TimeOnly time) => (FromMidnight(time) + 720) % 1440;

    private static PatternMatch Match(AdvicePattern pattern, string reason, params (string Name, int Value)[] values) =>
        new(pattern, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal), reason);
}
