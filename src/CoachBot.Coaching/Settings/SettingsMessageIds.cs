namespace CoachBot.Coaching.Settings;

/// <summary>Ids of the words in the <c>settings</c> group of <c>dialogs/onboarding.yaml</c>.</summary>
internal static class SettingsMessageIds
{
    public const string MenuAsk = "settings.menu.ask";
    public const string MenuAskAgain = "settings.menu.ask_again";
    public const string MenuRetry = "settings.menu.retry";
    public const string On = "settings.values.on";
    public const string Off = "settings.values.off";
    public const string NotSet = "settings.values.not_set";
    public const string NapsAsk = "settings.toggles.naps_ask";
    public const string NapsRetry = "settings.toggles.naps_retry";
    public const string NoteAsk = "settings.toggles.note_ask";
    public const string NoteRetry = "settings.toggles.note_retry";
    public const string SummaryDayAsk = "settings.summary_day.ask";
    public const string SummaryDayRetry = "settings.summary_day.retry";
    public const string SummaryDayOff = "settings.values.summary_off";
    public const string Unchanged = "settings.unchanged";
    public const string Done = "settings.done";

    /// <summary>The button of an option (<see cref="SettingsOptions"/>).</summary>
    public static string Button(string option) => $"settings.options.{option}.button";

    public static string Synonyms(string option) => $"settings.options.{option}.synonyms";

    /// <summary>The words that pick a weekly summary day (<c>monday</c> … <c>sunday</c>, or <c>off</c>); the first is its button.</summary>
    public static string SummaryDayChoice(string day) => $"settings.summary_day.choices.{day}";

    /// <summary>The confirmation after a change: <c>settings.changed.time_zone</c>, <c>settings.changed.diary_on</c>.</summary>
    public static string Changed(string what) => $"settings.changed.{what}";

    public static IEnumerable<string> All =>
    [
        MenuAsk, MenuAskAgain, MenuRetry, On, Off, NotSet, NapsAsk, NapsRetry, NoteAsk, NoteRetry, Unchanged, Done,
        SummaryDayAsk, SummaryDayRetry, SummaryDayOff, Changed(SettingsOptions.SummaryDay), Changed(SettingsOptions.SummaryDay + "_off"),
        .. SummaryDays.Choices.Select(SummaryDayChoice),
        .. SettingsOptions.All.SelectMany(o => new[] { Button(o), Synonyms(o) }),
        Changed(SettingsOptions.TimeZone), Changed(SettingsOptions.CheckInTime),
        .. new[] { SettingsOptions.Diary, SettingsOptions.Naps, SettingsOptions.Note }.SelectMany(o => new[] { Changed(o + "_on"), Changed(o + "_off") }),
    ];
}
