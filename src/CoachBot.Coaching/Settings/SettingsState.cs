namespace CoachBot.Coaching.Settings;

/// <summary>Where the settings dialog is: the option being changed, and how many rounds of the menu so far.</summary>
internal sealed class SettingsState
{
    public string? Changing { get; set; }

    public int Rounds { get; set; }
}
