using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace CoachBot.Protocol.Connector;

/// <summary>
/// The Connector's resilience pipeline (PROTOCOL.md §4 "Retries"), outermost first: total timeout,
/// retry, circuit breaker (one per host, see <c>SelectPipelineByAuthority</c>), attempt timeout.
/// </summary>
internal static class ConnectorResilience
{
    public const string PipelineName = "connector";

    public const int MaxRetryAttempts = 3;

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
        var timeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
        var logger = context.ServiceProvider.GetRequiredService<ILogger<ConnectorClient>>();

        builder
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, timeProvider, options.TotalTimeout)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, timeProvider)),
                OnRetry = args =>
                {
                    var host = args.Context.GetRequestMessage()?.RequestUri?.Host ?? "unknown";
                    logger.RetryingCall(host, args.Outcome.Result?.StatusCode, args.RetryDelay, args.AttemptNumber + 1);
                    return default;
                },
            })
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = 10,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(15),
                // Throttling is per conversation, so a 429 says nothing about the host's health.
                ShouldHandle = args => ValueTask.FromResult(IsHostFailure(args.Outcome)),
            })
            .AddTimeout(options.AttemptTimeout);
    }

    /// <summary>
    /// 429 (unless its Retry-After is beyond the whole call's budget), 412, 502, 503, 504 and lost
    /// attempts. Not 400, 401 (the client refreshes its token itself), 403, 404, 405, 413, 500, 501.
    /// </summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeProvider timeProvider, TimeSpan totalTimeout)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        return outcome.Result?.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => !(RetryAfter(outcome.Result, timeProvider) > totalTimeout),
            HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => true,
            _ => false,
        };
    }

    /// <summary>
    /// The server's <c>Retry-After</c> (seconds or a date), plus a little jitter: clients told the same
    /// moment should not all return at once, and a coarse system timer can fire a few milliseconds
    /// early. Null when there is no header, so the exponential back-off applies.
    /// </summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider timeProvider)
    {
        var header = response?.Headers.RetryAfter;
        TimeSpan? wait = header?.Delta ?? (header?.Date - timeProvider.GetUtcNow());
        if (wait is not { } delay)
        {
            return null;
        }

        if (delay < TimeSpan.Zero)
        {
            delay = TimeSpan.Zero;
        }

        var jitter = TimeSpan.FromMilliseconds(20 + (Random.Shared.NextDouble() * 80));
        return delay + jitter;
    }

    private static bool IsHostFailure(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException or TimeoutRejectedException
        || outcome.Result?.StatusCode is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
