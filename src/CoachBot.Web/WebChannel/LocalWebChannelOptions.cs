namespace CoachBot.Web.WebChannel;

/// <summary>Settings of the local web channel (configuration section <c>LocalWebChannel</c>).</summary>
internal sealed class LocalWebChannelOptions
{
    public const string SectionName = "LocalWebChannel";

    /// <summary>On or off; unset means on when no <c>MicrosoftAppId</c> is configured (local development).</summary>
    public bool? Enabled { get; set; }

    /// <summary>How long a Direct Line token is valid; the page refreshes it well before that.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a browser may come back to its conversation without using the page.</summary>
    public TimeSpan ResumeLifetime { get; set; } = TimeSpan.FromDays(180);

    /// <summary>
    /// Base64 key (at least 32 bytes) that signs tokens. Unset: generated on first start and kept in the
    /// data directory. Several instances must share one configured key.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>Absolute URL of the bot's <c>/api/messages</c>; unset: this server's own (loopback) address.</summary>
    public Uri? BotEndpoint { get; set; }

    /// <summary>How often the page polls for new activities unless its address says otherwise (<c>?poll=</c>).</summary>
    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long to wait for the bot to accept a forwarded activity.</summary>
    public TimeSpan ForwardTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Largest activity a browser may post; larger bodies are refused with 413.</summary>
    public int MaxActivityBytes { get; set; } = 32 * 1024;

    /// <summary>Largest activity the bot may send through the Connector routes.</summary>
    public int MaxBotActivityBytes { get; set; } = 256 * 1024;

    /// <summary>How many activities a stored conversation keeps; older ones are dropped first.</summary>
    public int MaxTranscriptActivities { get; set; } = 500;

    public LocalWebChannelRateLimits RateLimits { get; set; } = new();
}
