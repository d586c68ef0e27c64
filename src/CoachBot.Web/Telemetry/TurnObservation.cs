using System.Diagnostics;
using CoachBot.Protocol.Turns;

namespace CoachBot.Web.Telemetry;

/// <summary>
/// What is learnt about one <c>/api/messages</c> request while it runs, kept in the request's features:
/// the decorators around the bot, the error handler and the Connector fill it in, the middleware reports it.
/// </summary>
internal sealed class TurnObservation(Activity? span, long startTimestamp)
{
    public Activity? Span { get; } = span;

    public long StartTimestamp { get; } = startTimestamp;

    public string ActivityType { get; set; } = TelemetryTags.Unknown;

    public string Channel { get; set; } = TelemetryTags.Unknown;

    /// <summary>How often the bot ran: more than once when a save lost an ETag race; zero for a duplicate.</summary>
    public int Attempts { get; set; }

    public TurnFailure? Failure { get; set; }

    public bool DeliveryFailed { get; set; }
}
