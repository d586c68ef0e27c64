namespace CoachBot.Web.Charts;

/// <summary>The chart renderer's log messages (EventIds 3300–3349). Never what a chart shows.</summary>
internal static partial class ChartsLog
{
    [LoggerMessage(3300, LogLevel.Debug, "Drew the progress charts in {ElapsedMilliseconds} ms")]
    public static partial void Drawn(ILogger logger, double elapsedMilliseconds);
}
