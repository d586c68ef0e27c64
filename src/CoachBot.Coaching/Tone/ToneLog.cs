using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Tone;

/// <summary>Tone-check logging (EventIds 4320–4349). Content findings name file, line and rule; reply findings name the rule only, never the text.</summary>
internal static partial class ToneLog
{
    [LoggerMessage(EventId = 4320, Level = LogLevel.Error, Message = "Content breaks tone rule {Rule} at {File}:{Line}")]
    public static partial void ContentFinding(ILogger logger, string rule, string file, long line);

    [LoggerMessage(EventId = 4321, Level = LogLevel.Information, Message = "Tone check passed for every string in {Files} content files")]
    public static partial void ContentPassed(ILogger logger, int files);

    [LoggerMessage(EventId = 4322, Level = LogLevel.Warning, Message = "An outgoing reply broke tone rule {Rule} ({Findings} findings); replaced by the fallback")]
    public static partial void ReplyReplaced(ILogger logger, string rule, int findings);

    [LoggerMessage(EventId = 4323, Level = LogLevel.Warning, Message = "An outgoing reply breaks tone rule {Rule} ({Findings} findings); left as is outside production")]
    public static partial void ReplyFlagged(ILogger logger, string rule, int findings);
}
