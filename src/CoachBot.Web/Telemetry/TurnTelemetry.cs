using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CoachBot.Web.Telemetry;

/// <summary>
/// The turn's span (ActivitySource <c>CoachBot.Turns</c>) and metrics (Meter <c>CoachBot.Turns</c>): activity type,
/// channel, outcome and attempts, and the user and conversation only as keyed hashes. Never text, names or values.
/// </summary>
internal sealed class TurnTelemetry
{
    public const string SourceName = "CoachBot.Turns";
    public const string MeterName = "CoachBot.Turns";
    public const string SpanName = "turn";

    private static readonly ActivitySource Source = new(SourceName);

    private readonly TelemetryIds _ids;
    private readonly TimeProvider _timeProvider;
    private readonly Counter<long> _turns;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _reruns;

    public TurnTelemetry(IMeterFactory meterFactory, TelemetryIds ids, TimeProvider timeProvider)
    {
        _ids = ids;
        _timeProvider = timeProvider;
        var meter = meterFactory.Create(MeterName);
        _turns = meter.CreateCounter<long>("coachbot.turns", "{turn}", "Requests to /api/messages, by outcome, activity type and channel.");
        _duration = meter.CreateHistogram<double>(
            "coachbot.turn.duration",
            "s",
            "Time from the request reaching the bot to its response, by outcome, activity type and channel.",
            tags: null,
            new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
        _reruns = meter.CreateCounter<long>("coachbot.turn.reruns", "{attempt}", "Turns re-run on fresh state after losing an ETag race.");
    }

    public TurnObservation Start() =>
        new(Source.StartActivity(SpanName, ActivityKind.Internal), _timeProvider.GetTimestamp());

    /// <summary>Names the turn once its activity is known (the first time the bot runs).</summary>
    public void Describe(TurnObservation observation, CoachBot.Protocol.Schema.Activity activity)
    {
        observation.ActivityType = TelemetryTags.ActivityTypeOf(activity.Type);
        observation.Channel = TelemetryTags.ChannelOf(activity.ChannelId);
        if (observation.Span is { IsAllDataRequested: true } span)
        {
            span.DisplayName = SpanName + " " + observation.ActivityType;
            span.SetTag(TelemetryTags.ActivityType, observation.ActivityType);
            span.SetTag(TelemetryTags.Channel, observation.Channel);
            span.SetTag(TelemetryTags.UserHash, _ids.Hash(activity.ChannelId, activity.From?.Id));
            span.SetTag(TelemetryTags.ConversationHash, _ids.Hash(activity.ChannelId, activity.Conversation?.Id));
        }
    }

    public void Stop(TurnObservation observation, int status, bool aborted)
    {
        var outcome = TurnOutcomes.Of(observation, status, aborted);
        var tags = new TagList
        {
            { TelemetryTags.Outcome, outcome },
            { TelemetryTags.ActivityType, observation.ActivityType },
            { TelemetryTags.Channel, observation.Channel },
        };
        _turns.Add(1, tags);
        _duration.Record(_timeProvider.GetElapsedTime(observation.StartTimestamp).TotalSeconds, tags);
        if (observation.Attempts > 1)
        {
            _reruns.Add(observation.Attempts - 1, tags);
        }

        if (observation.Span is { } span)
        {
            span.SetTag(TelemetryTags.Outcome, outcome);
            span.SetTag(TelemetryTags.Attempts, observation.Attempts);
            if (TurnOutcomes.IsError(outcome))
            {
                span.SetStatus(ActivityStatusCode.Error, outcome);
            }

            span.Dispose();
        }
    }
}
