using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.NightHelp;

/// <summary>Night-time help's log messages (EventIds 4600–4609). Which version ran, never what the person wrote.</summary>
internal static partial class NightHelpLog
{
    [LoggerMessage(EventId = 4600, Level = LogLevel.Information, Message = "Night-time help started at night")]
    public static partial void StartedAtNight(ILogger logger);

    [LoggerMessage(EventId = 4601, Level = LogLevel.Information, Message = "Night-time help offered outside night hours")]
    public static partial void Offered(ILogger logger);

    [LoggerMessage(EventId = 4602, Level = LogLevel.Information, Message = "Night-time help: {Choice} chosen")]
    public static partial void Chosen(ILogger logger, string choice);

    [LoggerMessage(EventId = 4603, Level = LogLevel.Information, Message = "Night-time help reached its closing words (short version: {Short})")]
    public static partial void Finished(ILogger logger, bool @short);
}
