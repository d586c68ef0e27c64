namespace CoachBot.Coaching.Progress;

/// <summary>
/// What the two progress charts show, one slot per diary date, oldest first: null where no entry (or no value)
/// exists, so the chart leaves a gap rather than drawing a zero. The labels are the person's words from
/// <c>dialogs/progress.yaml</c>.
/// </summary>
public sealed record ProgressChartData(
    IReadOnlyList<DateOnly> Dates,
    IReadOnlyList<double?> HoursInBed,
    IReadOnlyList<double?> HoursAsleep,
    IReadOnlyList<double?> PainNight,
    IReadOnlyList<double?> PainMorning,
    ProgressChartLabels Labels)
{
    /// <summary>A text that is the same exactly when the charts would be: a cache key for rendered images.</summary>
    public string Fingerprint()
    {
        static string Row(IEnumerable<double?> values) => string.Join(',', values.Select(v => v is { } x ? x.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "-"));
        return string.Join(
            '|',
            string.Join(',', Dates.Select(d => d.DayNumber)),
            Row(HoursInBed),
            Row(HoursAsleep),
            Row(PainNight),
            Row(PainMorning),
            Labels.SleepTitle,
            Labels.InBed,
            Labels.Asleep,
            Labels.SleepAxis,
            Labels.PainTitle,
            Labels.Night,
            Labels.Morning,
            Labels.PainAxis,
            string.Join('\u001f', Labels.DateLabels));
    }
}
