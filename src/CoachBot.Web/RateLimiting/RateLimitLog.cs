namespace CoachBot.Web.RateLimiting;

/// <summary>Rate limiting's log messages (EventIds 3420–3429). Debug: a flood must not become a flood of logs.</summary>
internal static partial class RateLimitLog
{
    [LoggerMessage(3420, LogLevel.Debug, "Throttled a client of /api/messages")]
    public static partial void ClientThrottled(ILogger logger);

    [LoggerMessage(3421, LogLevel.Debug, "Throttled a conversation on channel {Channel}")]
    public static partial void ConversationThrottled(ILogger logger, string channel);
}
