using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CoachBot.Web.Telemetry;

/// <summary>
/// The morning prompts' counters on the <c>CoachBot.Prompts</c> meter: <c>coachbot.prompts.sent</c> and
/// <c>coachbot.prompts.failed</c>, by channel (and failure reason). A singleton registered by
/// <see cref="CoachBotTelemetryExtensions.AddCoachBotTelemetry"/>; take it from DI.
/// </summary>
public sealed class PromptMetrics
{
    public const string MeterName = "CoachBot.Prompts";

    private readonly Counter<long> _sent;
    private readonly Counter<long> _failed;

    public PromptMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _sent = meter.CreateCounter<long>("coachbot.prompts.sent", "{prompt}", "Morning prompts the channel accepted.");
        _failed = meter.CreateCounter<long>("coachbot.prompts.failed", "{prompt}", "Morning prompts that could not be sent.");
    }

    /// <summary>One prompt accepted by the channel <paramref name="channelId"/>.</summary>
    public void RecordSent(string? channelId) =>
        _sent.Add(1, new KeyValuePair<string, object?>(TelemetryTags.Channel, TelemetryTags.ChannelOf(channelId)));

    /// <summary>
    /// One prompt that could not be sent. <paramref name="reason"/> is a fixed word chosen by the caller
    /// (<c>throttled</c>, <c>connector_error</c>, <c>unreachable</c>, …): lower-case letters, digits and <c>_</c>,
    /// at most 32 characters; anything else is recorded as <c>other</c>. Never pass text from a user or the wire.
    /// </summary>
    public void RecordFailed(string? channelId, string reason) =>
        _failed.Add(1, new TagList
        {
            { TelemetryTags.Channel, TelemetryTags.ChannelOf(channelId) },
            { TelemetryTags.PromptFailure, TelemetryTags.Word(reason) },
        });
}
