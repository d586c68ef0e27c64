using CoachBot.Coaching.Diary;

namespace CoachBot.Coaching.MyData;

/// <summary>One night in the JSON export: the diary entry as given, and what was worked out from it (COACHING.md §3).</summary>
public sealed record ExportedNight(
    DiaryEntry Night,
    int? TimeInBedMinutes,
    int? TotalSleepMinutes,
    decimal? SleepEfficiencyPercent);
