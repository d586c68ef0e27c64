using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CoachBot.Web.WebChannel;

/// <summary>Token buckets per conversation (the token's binding, so refreshed tokens share one) and per client address.</summary>
internal sealed class ChannelRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _posts;
    private readonly PartitionedRateLimiter<string> _polls;
    private readonly PartitionedRateLimiter<string> _tokens;

    public ChannelRateLimiter(IOptions<LocalWebChannelOptions> options)
    {
        var limits = options.Value.RateLimits;
        _posts = Create(limits.PostBurst, limits.PostInterval);
        _polls = Create(limits.PollBurst, limits.PollInterval);
        _tokens = Create(limits.TokenBurst, limits.TokenInterval);
    }

    /// <summary>Null when allowed, else how long to wait.</summary>
    public TimeSpan? TryPost(string conversationId) => TryAcquire(_posts, conversationId);

    public bool TryPoll(string conversationId) => TryAcquire(_polls, conversationId) is null;

    public TimeSpan? TryToken(string clientAddress) => TryAcquire(_tokens, clientAddress);

    public void Dispose()
    {
        _posts.Dispose();
        _polls.Dispose();
        _tokens.Dispose();
    }

    private static TimeSpan? TryAcquire(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
    }

    private static PartitionedRateLimiter<string> Create(int burst, TimeSpan interval) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = interval,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
