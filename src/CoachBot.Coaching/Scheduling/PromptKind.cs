namespace CoachBot.Coaching.Scheduling;

/// <summary>Why a prompt is due: the person's daily time, or a snooze running out.</summary>
public enum PromptKind
{
    Daily,
    Snoozed,
}
