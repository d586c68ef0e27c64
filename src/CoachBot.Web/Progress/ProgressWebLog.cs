namespace CoachBot.Web.Progress;

/// <summary>Shared-summary links' log messages (EventIds 3310–3319 of 3300–3349). Never a token or a page.</summary>
internal static partial class ProgressWebLog
{
    [LoggerMessage(3310, LogLevel.Information, "Made a shared-summary link, valid until {ExpiresAt}")]
    public static partial void LinkMade(ILogger logger, DateTimeOffset expiresAt);

    [LoggerMessage(3311, LogLevel.Warning, "Could not store a shared summary ({ExceptionType}); it goes inside the message instead")]
    public static partial void LinkNotMade(ILogger logger, string exceptionType);

    [LoggerMessage(3312, LogLevel.Information, "A shared-summary link was opened")]
    public static partial void LinkOpened(ILogger logger);

    [LoggerMessage(3313, LogLevel.Information, "Refused a shared-summary link: unknown, malformed or expired")]
    public static partial void LinkRefused(ILogger logger);

    [LoggerMessage(3314, LogLevel.Warning, "The store was unavailable while opening a shared-summary link")]
    public static partial void StoreUnavailable(ILogger logger);
}
