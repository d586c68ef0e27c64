using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Teams;

/// <summary>The coach's log messages about Teams activities (EventIds 4700–4749). Never ids or what the person typed.</summary>
internal static partial class TeamsLog
{
    [LoggerMessage(EventId = 4700, Level = LogLevel.Information, Message = "The app was installed in a {ConversationType} conversation; its reference is kept for morning prompts")]
    public static partial void Installed(ILogger logger, string conversationType);

    [LoggerMessage(EventId = 4701, Level = LogLevel.Information, Message = "The app was installed outside a personal chat (or without the ids a prompt needs); nothing is kept for prompts")]
    public static partial void InstalledElsewhere(ILogger logger);

    [LoggerMessage(EventId = 4702, Level = LogLevel.Information, Message = "The app was removed; morning prompts stop until it is installed again or the person writes")]
    public static partial void Removed(ILogger logger);

    [LoggerMessage(EventId = 4703, Level = LogLevel.Debug, Message = "Removed the bot's mention from a message before reading it")]
    public static partial void MentionRemoved(ILogger logger);

    [LoggerMessage(EventId = 4704, Level = LogLevel.Debug, Message = "Took the time zone from the Teams clientInfo entity")]
    public static partial void ClientTimeZoneUsed(ILogger logger);
}
