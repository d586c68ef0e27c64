using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Feedback;

/// <summary>The coach's log messages about the person's feedback on it (EventIds 4800–4819). Never user text.</summary>
internal static partial class FeedbackLog
{
    [LoggerMessage(4800, LogLevel.Information, "Advice turned off ({Trigger}) while a dialog was {DialogState}")]
    public static partial void AdviceTurnedOff(ILogger logger, string trigger, string dialogState);

    [LoggerMessage(4801, LogLevel.Information, "Advice turned on while a dialog was {DialogState}")]
    public static partial void AdviceTurnedOn(ILogger logger, string dialogState);

    [LoggerMessage(4802, LogLevel.Information, "Today left blank while a dialog was {DialogState}; check-in cancelled: {CheckInCancelled}")]
    public static partial void DaySkipped(ILogger logger, string dialogState, bool checkInCancelled);
}
