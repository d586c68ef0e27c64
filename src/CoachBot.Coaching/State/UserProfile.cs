namespace CoachBot.Coaching.State;

/// <summary>The person's settings: where they are, when they like to check in, and what they agreed to.</summary>
public sealed class UserProfile
{
    /// <summary>IANA time zone id (e.g. <c>Europe/London</c>); null until known.</summary>
    public string? TimeZoneId { get; set; }

    /// <summary>Local time of the morning check-in prompt; null until chosen.</summary>
    public TimeOnly? CheckInTime { get; set; }

    /// <summary>Whether the person agreed that CoachBot keeps a diary; null until asked.</summary>
    public bool? DiaryConsent { get; set; }

    /// <summary>When onboarding finished; null while it hasn't.</summary>
    public DateTimeOffset? OnboardedAt { get; set; }

    /// <summary>The last locale the person's channel reported (en-GB, en-US).</summary>
    public string? Locale { get; set; }

    /// <summary>Ask about yesterday's naps in the check-in (optional item, off by default).</summary>
    public bool AskNaps { get; set; }

    /// <summary>Offer a free-text note at the end of the check-in (optional item, on by default).</summary>
    public bool AskNote { get; set; } = true;

    /// <summary>
    /// Morning prompts are paused after a crisis reply (COACHING.md §6) until the person carries on, for
    /// example by saying "check in"; the prompt scheduler sends nothing while this is set.
    /// </summary>
    public bool PromptsPausedForSafety { get; set; }

    /// <summary>When crisis helplines were last given; from then on "help" shows them again.</summary>
    public DateTimeOffset? SafetySignpostedAt { get; set; }

    /// <summary>The country the person named for helplines ("uk", "us"); null until they say.</summary>
    public string? SafetyRegion { get; set; }

    /// <summary>"diary only": no ideas after the check-in until the person says "advice on" (dialogs/feedback.yaml).</summary>
    public bool AdviceOff { get; set; }

    /// <summary>The day the weekly summary comes with the morning prompt (Monday by default).</summary>
    public DayOfWeek WeeklySummaryDay { get; set; } = DayOfWeek.Monday;

    /// <summary>Whether the weekly summary comes with the morning prompt at all (on by default).</summary>
    public bool WeeklySummaryOn { get; set; } = true;

    public bool IsOnboarded => OnboardedAt is not null;
}
