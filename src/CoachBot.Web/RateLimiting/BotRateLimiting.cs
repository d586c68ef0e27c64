using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using CoachBot.Web.Telemetry;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachBot.Web.RateLimiting;

/// <summary>Rate limits on <c>/api/messages</c>: per client address (middleware) and per conversation (<see cref="ConversationRateLimiter"/>).</summary>
internal static class BotRateLimiting
{
    /// <summary>Binds <c>Bot:RateLimit</c> and adds both limiters; the client limiter runs as middleware from a startup filter.</summary>
    public static IServiceCollection AddBotRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<BotRateLimitOptions>()
            .BindConfiguration(BotRateLimitOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.Period > TimeSpan.Zero, "Bot:RateLimit:Period must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton<ConversationRateLimiter>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<BotRateLimitOptions>>((limiter, bot) => Configure(limiter, bot.Value));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupFilter, RateLimitStartupFilter>());
        return services;
    }

    /// <summary>The 429 answer: <c>Retry-After</c> in whole seconds, rounded up.</summary>
    public static IResult TooManyRequests(HttpContext http, TimeSpan retryAfter)
    {
        SetRetryAfter(http.Response, retryAfter);
        return Results.StatusCode(StatusCodes.Status429TooManyRequests);
    }

    private static void Configure(RateLimiterOptions limiter, BotRateLimitOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = (context, _) =>
        {
            var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : options.Period;
            SetRetryAfter(context.HttpContext.Response, wait);
            RateLimitLog.ClientThrottled(context.HttpContext.RequestServices.GetRequiredService<ILogger<ConversationRateLimiter>>());
            return ValueTask.CompletedTask;
        };

        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.ClientBurst,
            TokensPerPeriod = options.ClientPerPeriod,
            ReplenishmentPeriod = options.Period,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, ClientKey>(http =>
        {
            var address = http.Connection.RemoteIpAddress;
            var limited = options.Enabled
                && HttpMethods.IsPost(http.Request.Method)
                && http.Request.Path.Equals(TurnTelemetryMiddleware.MessagesPath, StringComparison.OrdinalIgnoreCase)
                && !(options.ExemptLoopback && ConversationRateLimiter.IsLoopback(address));
            return limited
                ? RateLimitPartition.GetTokenBucketLimiter(new ClientKey(address ?? IPAddress.None, true), _ => bucket)
                : RateLimitPartition.GetNoLimiter(new ClientKey(IPAddress.None, false));
        });
    }

    private static void SetRetryAfter(HttpResponse response, TimeSpan wait) =>
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private readonly record struct ClientKey(IPAddress Address, bool Limited);
}
