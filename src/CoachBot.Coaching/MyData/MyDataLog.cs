using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.MyData;

/// <summary>The data commands' log messages (EventIds 4610–4629). Counts and choices only, never diary values.</summary>
internal static partial class MyDataLog
{
    [LoggerMessage(EventId = 4610, Level = LogLevel.Information, Message = "History shown: {Nights} of 7 nights, as a card: {AsCard}")]
    public static partial void HistoryShown(ILogger logger, int nights, bool asCard);

    [LoggerMessage(EventId = 4611, Level = LogLevel.Information, Message = "Diary of {Nights} nights exported as attachments")]
    public static partial void ExportAttached(ILogger logger, int nights);

    [LoggerMessage(EventId = 4612, Level = LogLevel.Information, Message = "Diary of {Nights} nights exported behind download links")]
    public static partial void ExportLinked(ILogger logger, int nights);

    [LoggerMessage(EventId = 4613, Level = LogLevel.Warning, Message = "No download link could be made for an export")]
    public static partial void ExportUnavailable(ILogger logger);

    [LoggerMessage(EventId = 4614, Level = LogLevel.Information, Message = "Deletion of a person's data confirmed; {Conversations} conversations to remove after the turn")]
    public static partial void DeletionConfirmed(ILogger logger, int conversations);

    [LoggerMessage(EventId = 4615, Level = LogLevel.Information, Message = "Deletion of a person's data declined")]
    public static partial void DeletionDeclined(ILogger logger);
}
