namespace CoachBot.Coaching.Bot;

/// <summary>The person's own commands, recognised in any state (synonyms in <c>dialogs/commands.yaml</c>).</summary>
public enum Command
{
    None,
    Help,
    Cancel,
    Skip,
    Back,
    CheckIn,
    Settings,
    NightHelp,
    History,
    Export,
    DeleteData,
    Summary,
    ShareSummary,
    Pause,
    Resume,
    Snooze,
    SnoozeUntilTomorrow,
    StopPrompts,
    Frustrated,
    AdviceOn,
    AdviceOff,
    SkipToday,
}
