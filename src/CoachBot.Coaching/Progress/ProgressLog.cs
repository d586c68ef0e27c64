using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Progress;

/// <summary>Progress's log messages (EventIds 4500–4549). Never diary values, never what the person typed.</summary>
internal static partial class ProgressLog
{
    [LoggerMessage(EventId = 4500, Level = LogLevel.Information, Message = "Sent a progress summary (charts drawn: {ChartsDrawn})")]
    public static partial void SummarySent(ILogger logger, bool chartsDrawn);

    [LoggerMessage(EventId = 4501, Level = LogLevel.Warning, Message = "The progress charts could not be drawn ({ExceptionType}); sent their description instead")]
    public static partial void ChartsFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 4502, Level = LogLevel.Information, Message = "Made a shared summary, delivered as {Delivery}")]
    public static partial void ShareMade(ILogger logger, string delivery);

    [LoggerMessage(EventId = 4503, Level = LogLevel.Warning, Message = "The person's time zone {TimeZoneId} is unknown here; progress dates use UTC")]
    public static partial void UnknownZone(ILogger logger, string timeZoneId);
}
