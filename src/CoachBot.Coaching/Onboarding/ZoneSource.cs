namespace CoachBot.Coaching.Onboarding;

/// <summary>Where the time zone chosen in onboarding came from (logged, never shown).</summary>
internal enum ZoneSource
{
    /// <summary>The channel reported it and the person confirmed it.</summary>
    Confirmed,

    /// <summary>The person typed a city, alias or zone id.</summary>
    Typed,

    /// <summary>No usable answer: the channel's zone was kept.</summary>
    KeptChannel,

    /// <summary>No usable answer and no channel zone: UTC until changed in settings.</summary>
    Utc,
}
