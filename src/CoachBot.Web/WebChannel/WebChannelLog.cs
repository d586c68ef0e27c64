namespace CoachBot.Web.WebChannel;

/// <summary>Log messages of the local web channel (EventIds 3100–3199). Never tokens, never what people type.</summary>
internal static partial class WebChannelLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Local web channel is on: Web Chat page at /, Direct Line at /v3/directline")]
    public static partial void Enabled(ILogger logger);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Local web channel is off")]
    public static partial void Disabled(ILogger logger);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Generated the local web channel's token signing key at {Path}")]
    public static partial void SigningKeyCreated(ILogger logger, string path);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "Local web channel forwards to {BotEndpoint}; the bot answers at {ServiceUrl}")]
    public static partial void AddressesResolved(ILogger logger, Uri botEndpoint, string serviceUrl);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Information, Message = "Web conversation {ConversationId} started")]
    public static partial void ConversationStarted(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Warning, Message = "The bot answered {StatusCode} to a {ActivityType} activity of web conversation {ConversationId}")]
    public static partial void BotRefusedActivity(ILogger logger, string? conversationId, string? activityType, int statusCode);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Error, Message = "Could not forward a {ActivityType} activity of web conversation {ConversationId} to the bot")]
    public static partial void BotUnreachable(ILogger logger, Exception exception, string? conversationId, string? activityType);

    [LoggerMessage(EventId = 3107, Level = LogLevel.Error, Message = "A poll of web conversation {ConversationId} failed; answered with no new activities")]
    public static partial void PollFailed(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(EventId = 3108, Level = LogLevel.Debug, Message = "Polls of web conversation {ConversationId} are throttled")]
    public static partial void PollThrottled(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 3109, Level = LogLevel.Warning, Message = "Refused a Connector call to the local web channel from {RemoteAddress}: loopback only")]
    public static partial void ConnectorCallRefused(ILogger logger, string? remoteAddress);

    [LoggerMessage(EventId = 3110, Level = LogLevel.Debug, Message = "Transcript write of web conversation {ConversationId} lost a race (attempt {Attempt}); retrying")]
    public static partial void TranscriptWriteConflict(ILogger logger, string conversationId, int attempt);

    [LoggerMessage(EventId = 3111, Level = LogLevel.Warning, Message = "The store is unavailable; the local web channel answered {StatusCode} to {Path}")]
    public static partial void StoreUnavailable(ILogger logger, Exception exception, int statusCode, string path);
}
