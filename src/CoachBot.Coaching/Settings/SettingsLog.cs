using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Settings;

/// <summary>Settings' log messages (EventIds 4120–4129). Names the setting, never its value.</summary>
internal static partial class SettingsLog
{
    [LoggerMessage(EventId = 4120, Level = LogLevel.Information, Message = "Setting {Setting} changed")]
    public static partial void Changed(ILogger logger, string setting);
}
