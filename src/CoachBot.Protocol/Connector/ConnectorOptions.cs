namespace CoachBot.Protocol.Connector;

/// <summary>Outbound Connector calls (section <c>Connector</c>).</summary>
internal sealed class ConnectorOptions
{
    public const string SectionName = "Connector";

    /// <summary>
    /// Service URLs that may receive the bot's token besides the Bot Framework hosts seen on
    /// authenticated inbound activities; compared by scheme, host and port.
    /// </summary>
    public IList<Uri> TrustedServiceUrls { get; } = [];

    /// <summary>One HTTP attempt; Azure Bot Service itself gives up on a turn after 10–15 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>All attempts of one call, waits included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The first back-off of the jittered exponential retry when no <c>Retry-After</c> is given.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
