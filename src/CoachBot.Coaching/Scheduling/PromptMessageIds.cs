namespace CoachBot.Coaching.Scheduling;

/// <summary>Ids of the words in <c>dialogs/prompts.yaml</c>.</summary>
public static class PromptMessageIds
{
    public const string Morning = "prompts.morning.text";
    public const string MorningButton = "prompts.morning.button";
    public const string MorningEveryOtherDay = "prompts.morning.every_other_day";
    public const string Paused = "prompts.paused";
    public const string Stopped = "prompts.stopped";
    public const string Resumed = "prompts.resumed";
    public const string Snoozed = "prompts.snoozed";
    public const string SnoozedUntilTomorrow = "prompts.snoozed_until_tomorrow";
    public const string NothingToSnooze = "prompts.nothing_to_snooze";
    public const string NotSetUp = "prompts.not_set_up";
}
