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
    public const string Unchanged = "settings.unchanged";
    public const string Done = "settings.done";

    /// <summary>The button of an option (<see cref="SettingsOptions"/>).</summary>
    public static string Button(string option) => $"settings.options.{option}.button";

    public static string Synonyms(string option) => $"settings.options.{option}.synonyms";

    /// <summary>The confirmation after a change: <c>settings.changed.time_zone</c>, <c>settings.changed.diary_on</c>.</summary>
    public static string Changed(string what) => $"settings.changed.{what}";

    public static IEnumerable<string> All =>
    [
        MenuAsk, MenuAskAgain, MenuRetry, On, Off, NotSet, NapsAsk, NapsRetry, NoteAsk, NoteRetry, Unchanged, Done,
        .. SettingsOptions.All.SelectMany(o => new[] { Button(o), Synonyms(o) }),
        Changed(SettingsOptions.TimeZone), Changed(SettingsOptions.CheckInTime),
        .. new[] { SettingsOptions.Diary, SettingsOptions.Naps, SettingsOptions.Note }.SelectMany(o => new[] { Changed(o + "_on"), Changed(o + "_off") }),
    ];
}
