using CoachBot.Web.Telemetry;
using CoachBot.Web.Tests.Support;
using Microsoft.Extensions.Options;

namespace CoachBot.Web.Tests.Telemetry;

/// <summary>A host whose telemetry is captured, with a known id salt so a test can find its own spans by hash.</summary>
public static class TelemetryHost
{
    public const string Salt = "telemetry-test-salt-0123456789";

    internal static TelemetryIds Ids { get; } = new(Options.Create(new TelemetryOptions { IdSalt = Salt }));

    public static CoachBotFactory Create(TelemetryCapture capture) =>
        new CoachBotFactory()
            .With("Telemetry:IdSalt", Salt)
            .WithServices(capture.AddTo);

    /// <summary>The turn spans of one conversation, in the order they ended.</summary>
    public static IReadOnlyList<System.Diagnostics.Activity> TurnSpans(TelemetryCapture capture, string channelId, string conversationId)
    {
        var hash = Ids.Hash(channelId, conversationId);
        return [.. capture.Spans.Where(s => s.Source.Name == TurnTelemetry.SourceName && Equals(s.GetTagItem("coachbot.conversation.hash"), hash))];
    }
}
