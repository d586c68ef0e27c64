namespace CoachBot.Coaching.Settings;

/// <summary>Ids of the prompts only settings asks; the rest are onboarding's.</summary>
internal static class SettingsIds
{
    public const string MenuPrompt = "settings.menu";
    public const string MenuAgainPrompt = "settings.menu_again";
    public const string NapsPrompt = "settings.naps";
    public const string NotePrompt = "settings.note";
    public const string SummaryDayPrompt = "settings.summary_day";
}
