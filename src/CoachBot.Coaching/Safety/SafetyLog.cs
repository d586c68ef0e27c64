using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Safety;

/// <summary>The safety check's log messages (EventIds 4200–4249): outcome categories only, never what the person wrote.</summary>
internal static partial class SafetyLog
{
    [LoggerMessage(4200, LogLevel.Warning, "A message was read as a crisis; signposts for region {Region} were sent, dialog held: {HoldsDialog}")]
    public static partial void Crisis(ILogger logger, SafetyRegion region, bool holdsDialog);

    [LoggerMessage(4201, LogLevel.Information, "A message raised red flag {Kind} ({Tier}); signposts for region {Region} were sent")]
    public static partial void RedFlag(ILogger logger, RedFlagKind kind, RedFlagTier tier, SafetyRegion region);

    [LoggerMessage(4202, LogLevel.Information, "A message was read as unsure; a gentle check was asked")]
    public static partial void Unsure(ILogger logger);

    [LoggerMessage(4203, LogLevel.Information, "A message held crisis words in the negative; acknowledged")]
    public static partial void Negated(ILogger logger);

    [LoggerMessage(4204, LogLevel.Information, "Safety follow-up at stage {Stage}: {Step}")]
    public static partial void FollowUp(ILogger logger, SafetyStage stage, string step);

    [LoggerMessage(4205, LogLevel.Information, "The conversation carried on after a safety pause; morning prompts resume")]
    public static partial void Resumed(ILogger logger);
}
