using CoachBot.Coaching.Diary;

namespace CoachBot.Coaching.Progress;

/// <summary>The progress charts' numbers and their alt text, for the <see cref="Days"/> diary dates ending on a date. Pure.</summary>
internal static class ProgressCharts
{
    public const int Days = 14;

    public static ProgressChartData Data(IEnumerable<DiaryEntry> diary, DateOnly lastDate, ProgressWords words)
    {
        var nights = Nights(diary, lastDate);
        var dates = Enumerable.Range(0, Days).Select(i => lastDate.AddDays(i - (Days - 1))).ToList();
        NightValues? At(DateOnly date) => nights.GetValueOrDefault(date);
        var messages = words.Messages;
        var shortDate = words.Culture.DateTimeFormat.MonthDayPattern.Replace("MMMM", "MMM", StringComparison.Ordinal);
        var labels = new ProgressChartLabels(
            messages["progress.chart.sleep.title"],
            messages["progress.chart.sleep.in_bed"],
            messages["progress.chart.sleep.asleep"],
            messages["progress.chart.sleep.axis"],
            messages["progress.chart.pain.title"],
            messages["progress.chart.pain.night"],
            messages["progress.chart.pain.morning"],
            messages["progress.chart.pain.axis"],
            [.. dates.Select(d => d.ToString(shortDate, words.Culture))]);
        return new ProgressChartData(
            dates,
            [.. dates.Select(d => Hours(At(d)?.TimeInBedMinutes))],
            [.. dates.Select(d => Hours(At(d)?.TotalSleepMinutes))],
            [.. dates.Select(d => (double?)At(d)?.PainNight)],
            [.. dates.Select(d => (double?)At(d)?.PainNow)],
            labels);
    }

    /// <summary>The sleep chart in words: how many nights, and the mean time in bed and asleep on them.</summary>
    public static string SleepAlt(IEnumerable<DiaryEntry> diary, DateOnly lastDate, ProgressWords words)
    {
        var nights = Nights(diary, lastDate).Values.Where(n => n.TimeInBedMinutes is not null || n.TotalSleepMinutes is not null).ToList();
        var (first, last) = Range(lastDate, words);
        if (nights.Count == 0)
        {
            return words.Messages.Format("progress.chart.sleep.alt_empty", ("first", first), ("last", last));
        }

        string Mean(IEnumerable<int?> values) =>
            Ranking.Mean(values.OfType<int>().Select(v => (double)v)) is { } mean ? words.QuarterHours(mean) : words.Messages[ProgressMessageIds.ChartNotGiven];
        return words.Messages.Format(
            "progress.chart.sleep.alt",
            ("first", first),
            ("last", last),
            ("nights", words.Count(nights.Count)),
            ("in_bed", Mean(nights.Select(n => n.TimeInBedMinutes))),
            ("asleep", Mean(nights.Select(n => n.TotalSleepMinutes))));
    }

    /// <summary>The pain chart in words: how many days with a rating, and the median in the night and in the morning.</summary>
    public static string PainAlt(IEnumerable<DiaryEntry> diary, DateOnly lastDate, ProgressWords words)
    {
        var days = Nights(diary, lastDate).Values.Where(n => n.PainNight is not null || n.PainNow is not null).ToList();
        var (first, last) = Range(lastDate, words);
        if (days.Count == 0)
        {
            return words.Messages.Format("progress.chart.pain.alt_empty", ("first", first), ("last", last));
        }

        string Median(IEnumerable<int?> values) =>
            Ranking.Median(values.OfType<int>().Select(v => (double)v)) is { } median ? words.Pain(median) : words.Messages[ProgressMessageIds.ChartNotGiven];
        return words.Messages.Format(
            "progress.chart.pain.alt",
            ("first", first),
            ("last", last),
            ("nights", words.Count(days.Count)),
            ("night", Median(days.Select(n => n.PainNight))),
            ("morning", Median(days.Select(n => n.PainNow))));
    }

    private static IReadOnlyDictionary<DateOnly, NightValues> Nights(IEnumerable<DiaryEntry> diary, DateOnly lastDate) =>
        NightValues.Between(diary, lastDate.AddDays(-(Days - 1)), lastDate);

    private static (string First, string Last) Range(DateOnly lastDate, ProgressWords words) =>
        (words.Date(lastDate.AddDays(-(Days - 1))), words.Date(lastDate));

    private static double? Hours(int? minutes) => minutes is { } m ? m / 60.0 : null;
}
