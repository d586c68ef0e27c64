namespace CoachBot.Coaching.Progress;

/// <summary>The words drawn on the progress charts: titles, series names, axis names and one label per date.</summary>
public sealed record ProgressChartLabels(
    string SleepTitle,
    string InBed,
    string Asleep,
    string SleepAxis,
    string PainTitle,
    string Night,
    string Morning,
    string PainAxis,
    IReadOnlyList<string> DateLabels);
