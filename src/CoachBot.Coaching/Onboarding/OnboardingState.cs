namespace CoachBot.Coaching.Onboarding;

/// <summary>What onboarding has gathered so far; saved with the conversation after every step.</summary>
internal sealed class OnboardingState
{
    /// <summary>The zone the channel reported, offered for confirmation.</summary>
    public string? ChannelZoneId { get; set; }

    /// <summary>The zone settled on; null while the time zone question is open.</summary>
    public string? ZoneId { get; set; }

    public ZoneSource ZoneSource { get; set; }

    public TimeOnly? CheckInTime { get; set; }
}
