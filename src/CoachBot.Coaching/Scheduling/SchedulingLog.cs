using CoachBot.Coaching.Bot;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Scheduling;

/// <summary>The coach's log messages about morning prompts (EventIds 4400–4449). Never user text.</summary>
internal static partial class SchedulingLog
{
    [LoggerMessage(4400, LogLevel.Information, "Prompt command {Command} applied while a dialog was {DialogState}")]
    public static partial void CommandApplied(ILogger logger, Command command, string dialogState);
}
