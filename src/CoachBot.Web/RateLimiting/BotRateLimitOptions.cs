using System.ComponentModel.DataAnnotations;

namespace CoachBot.Web.RateLimiting;

/// <summary>
/// Token buckets on <c>/api/messages</c> (section <c>Bot:RateLimit</c>): one per client address, taken before the
/// token is checked, and one per conversation, taken once the activity is authenticated. Both answer 429 with
/// <c>Retry-After</c>. The defaults are far above what one person or a channel's fair share sends.
/// </summary>
internal sealed class BotRateLimitOptions
{
    public const string SectionName = "Bot:RateLimit";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Loopback callers (the local web channel, a load driver on the same machine) are not limited. Set it to false
    /// behind a reverse proxy or sidecar on the same host, where every request comes from loopback.
    /// </summary>
    public bool ExemptLoopback { get; set; } = true;

    /// <summary>Burst one client address may send.</summary>
    [Range(1, 1_000_000)]
    public int ClientBurst { get; set; } = 2000;

    /// <summary>Sustained requests per <see cref="Period"/> from one client address.</summary>
    [Range(1, 1_000_000)]
    public int ClientPerPeriod { get; set; } = 1000;

    /// <summary>Burst of activities one conversation may send.</summary>
    [Range(1, 100_000)]
    public int ConversationBurst { get; set; } = 30;

    /// <summary>Sustained activities per <see cref="Period"/> in one conversation.</summary>
    [Range(1, 100_000)]
    public int ConversationPerPeriod { get; set; } = 5;

    /// <summary>How often the buckets are topped up.</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(1);
}
