namespace CoachBot.Web.WebChannel;

/// <summary>
/// Token buckets of the local web channel. Posts and token requests over the limit get 429; polls over
/// the limit get an empty page instead, because any failed poll stops Web Chat for good.
/// </summary>
internal sealed class LocalWebChannelRateLimits
{
    /// <summary>Activities a conversation may post in a burst.</summary>
    public int PostBurst { get; set; } = 10;

    /// <summary>One more post is allowed after each interval.</summary>
    public TimeSpan PostInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Polls a conversation may make in a burst.</summary>
    public int PollBurst { get; set; } = 20;

    /// <summary>One more poll is allowed after each interval.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Page tokens one client address may request in a burst.</summary>
    public int TokenBurst { get; set; } = 20;

    /// <summary>One more page token is allowed after each interval.</summary>
    public TimeSpan TokenInterval { get; set; } = TimeSpan.FromSeconds(3);
}
