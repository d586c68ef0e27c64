using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Advice;

/// <summary>Advice logging (EventIds 4300–4319). Never the person's words or diary values: counts and content ids only.</summary>
internal static partial class AdviceLog
{
    [LoggerMessage(EventId = 4300, Level = LogLevel.Information, Message = "Advice library loaded: {Principles} principles, {Items} items")]
    public static partial void Loaded(ILogger logger, int principles, int items);

    [LoggerMessage(EventId = 4301, Level = LogLevel.Debug, Message = "Offered {Count} advice items")]
    public static partial void Offered(ILogger logger, int count);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Information, Message = "No advice offered: every fitting item was given within the last {Days} days")]
    public static partial void NothingFresh(ILogger logger, int days);
}
