namespace CoachBot.Web.MyData;

/// <summary>Log messages of export links and data deletion (EventIds 3500–3549). Never tokens, ids, keys or diary values.</summary>
internal static partial class MyDataWebLog
{
    [LoggerMessage(EventId = 3500, Level = LogLevel.Information, Message = "Created {Count} export links valid until {ExpiresAt}")]
    public static partial void LinksCreated(ILogger logger, int count, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 3501, Level = LogLevel.Warning, Message = "Export links could not be created: {Reason}")]
    public static partial void LinksNotCreated(ILogger logger, string reason);

    [LoggerMessage(EventId = 3502, Level = LogLevel.Information, Message = "An export link was used")]
    public static partial void LinkUsed(ILogger logger);

    [LoggerMessage(EventId = 3503, Level = LogLevel.Information, Message = "An export link was refused: {Reason}")]
    public static partial void LinkRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 3504, Level = LogLevel.Information, Message = "Removed a person's data: {Keys} stored items deleted, {Transcripts} web transcripts, {Links} export links")]
    public static partial void Erased(ILogger logger, int keys, int transcripts, int links);

    [LoggerMessage(EventId = 3505, Level = LogLevel.Error, Message = "Removing a person's data failed ({ExceptionType}) at {Stage}; the rest was attempted")]
    public static partial void EraseFailed(ILogger logger, string exceptionType, string stage);

    [LoggerMessage(EventId = 3506, Level = LogLevel.Warning, Message = "The store is unavailable; an export download answered 503")]
    public static partial void DownloadStoreUnavailable(ILogger logger);
}
