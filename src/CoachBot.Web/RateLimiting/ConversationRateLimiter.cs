using System.Net;
using System.Threading.RateLimiting;
using CoachBot.Protocol.Schema;
using CoachBot.Web.Telemetry;
using Microsoft.Extensions.Options;

namespace CoachBot.Web.RateLimiting;

/// <summary>
/// One token bucket per conversation. Buckets are keyed by a per-process randomised hash of channel and
/// conversation id, so a huge id costs no memory and crafted ids cannot pile into one bucket on purpose;
/// the partitioned limiter drops buckets that have sat full for a while, so memory follows active conversations.
/// </summary>
internal sealed class ConversationRateLimiter : IDisposable
{
    private readonly BotRateLimitOptions _options;
    private readonly PartitionedRateLimiter<int> _limiter;
    private readonly ILogger<ConversationRateLimiter> _logger;

    public ConversationRateLimiter(IOptions<BotRateLimitOptions> options, ILogger<ConversationRateLimiter> logger)
    {
        _options = options.Value;
        _logger = logger;
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = _options.ConversationBurst,
            TokensPerPeriod = _options.ConversationPerPeriod,
            ReplenishmentPeriod = _options.Period,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        _limiter = PartitionedRateLimiter.Create<int, int>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => bucket));
    }

    /// <summary>True when the activity may run; otherwise the response should be 429 after <paramref name="retryAfter"/>.</summary>
    public bool TryAcquire(HttpContext http, Activity activity, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (!_options.Enabled || (_options.ExemptLoopback && IsLoopback(http.Connection.RemoteIpAddress)))
        {
            return true;
        }

        using var lease = _limiter.AttemptAcquire(HashCode.Combine(activity.ChannelId, activity.Conversation?.Id));
        if (lease.IsAcquired)
        {
            return true;
        }

        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : _options.Period;
        RateLimitLog.ConversationThrottled(_logger, TelemetryTags.ChannelOf(activity.ChannelId));
        return false;
    }

    public void Dispose() => _limiter.Dispose();

    // A request without a network peer comes from inside the process (the test host).
    internal static bool IsLoopback(IPAddress? address) => address is null || IPAddress.IsLoopback(address);
}
