namespace CoachBot.Web;

/// <summary>The web host's log messages (EventIds 3000–3099). Never user text, tokens or diary values.</summary>
internal static partial class WebLog
{
    [LoggerMessage(3000, LogLevel.Warning, "Inbound authentication is off: no MicrosoftAppId is configured, so /api/messages accepts only loopback callers. Configure MicrosoftAppId before exposing this host.")]
    public static partial void AnonymousMode(ILogger logger);

    [LoggerMessage(3001, LogLevel.Information, "Rejected an inbound request: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string reason);

    [LoggerMessage(3002, LogLevel.Information, "Rejected a non-loopback caller in anonymous mode")]
    public static partial void NotLoopback(ILogger logger);

    [LoggerMessage(3003, LogLevel.Information, "Rejected an inbound activity: {Reason}")]
    public static partial void BadActivity(ILogger logger, string reason);

    [LoggerMessage(3004, LogLevel.Information, "Skipped an activity of type {ActivityType} that was already applied")]
    public static partial void DuplicateActivity(ILogger logger, string? activityType);

    [LoggerMessage(3005, LogLevel.Information, "State changed underneath turn attempt {Attempt}; re-running on fresh state")]
    public static partial void StateConflict(ILogger logger, int attempt);

    [LoggerMessage(3006, LogLevel.Error, "State could not be read or saved ({ExceptionType}); the turn was not applied")]
    public static partial void StateUnavailable(ILogger logger, string exceptionType);

    [LoggerMessage(3007, LogLevel.Error, "The bot failed with {ExceptionType} in {Component}; the conversation's dialog state was reset")]
    public static partial void BotFailed(ILogger logger, string exceptionType, string? component);

    [LoggerMessage(3008, LogLevel.Warning, "Replies of a saved turn could not be delivered ({ExceptionType})")]
    public static partial void DeliveryFailed(ILogger logger, string exceptionType);

    [LoggerMessage(3010, LogLevel.Error, "{Observer} failed with {ExceptionType} after a turn was saved; the turn stands")]
    public static partial void ObserverFailed(ILogger logger, string observer, string exceptionType);

    [LoggerMessage(3009, LogLevel.Error, "An unexpected {ExceptionType} ended a request to /api/messages")]
    public static partial void UnexpectedFailure(ILogger logger, string exceptionType);
}
