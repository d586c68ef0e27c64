namespace CoachBot.Coaching.Scheduling;

/// <summary>
/// The person's morning prompts: whether they want them right now, and what was last sent. Kept in the user
/// state, so a change made in a turn and a prompt sent by the scheduler meet under one ETag.
/// </summary>
public sealed class PromptState
{
    /// <summary>"pause": no prompts until "resume".</summary>
    public bool Paused { get; set; }

    /// <summary>"stop": no prompts until "resume".</summary>
    public bool Stopped { get; set; }

    /// <summary>"snooze": the prompt comes (back) at this instant, in place of that local day's regular one.</summary>
    public DateTimeOffset? SnoozedUntil { get; set; }

    /// <summary>"snooze until tomorrow": no prompt on this local date.</summary>
    public DateOnly? SkipDate { get; set; }

    /// <summary>The local date of the last prompt sent.</summary>
    public DateOnly? LastPromptDate { get; set; }

    public DateTimeOffset? LastPromptAt { get; set; }

    /// <summary>Prompts sent since the person last wrote anything; from three on, prompts come every other day.</summary>
    public int Unanswered { get; set; }

    /// <summary>The person was told, once, that prompts come every other day for now.</summary>
    public bool BackOffNoted { get; set; }

    /// <summary>The channel refused a prompt as if the bot were removed or blocked (403, 404): no more prompts until the person writes again.</summary>
    public bool Inactive { get; set; }

    public DateTimeOffset? InactiveSince { get; set; }

    public PromptState Copy() => (PromptState)MemberwiseClone();
}
