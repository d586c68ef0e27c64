namespace CoachBot.Coaching.Settings;

/// <summary>What the settings menu offers, in the order of its buttons; each id names a group of <c>settings.options</c>.</summary>
internal static class SettingsOptions
{
    public const string TimeZone = "time_zone";
    public const string CheckInTime = "checkin_time";
    public const string Diary = "diary";
    public const string Naps = "naps";
    public const string Note = "note";
    public const string SummaryDay = "summary_day";
    public const string Done = "done";

    public static IReadOnlyList<string> All { get; } = [TimeZone, CheckInTime, Diary, Naps, Note, SummaryDay, Done];
}
