using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using CoachBot.Storage.Metrics;
using CoachBot.Web.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace CoachBot.Web.Tests.Telemetry;

/// <summary>
/// What one host hands to OpenTelemetry: spans as its exporters receive them (after every enrichment), and the
/// measurements of its own meters (matched by meter factory, so hosts of parallel tests do not mix in).
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private static readonly string[] MeterNames =
        [TurnTelemetry.MeterName, PromptMetrics.MeterName, CountingStore.MeterName, "Microsoft.AspNetCore.Hosting", "System.Net.Http"];

    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ConcurrentQueue<Measurement> _measurements = new();
    private MeterListener? _listener;

    public IReadOnlyList<Activity> Spans => [.. _spans];

    public IReadOnlyList<Measurement> Measurements => [.. _measurements];

    /// <summary>Adds an exporter to the host's tracer provider; call from <c>WithServices</c>.</summary>
    public void AddTo(IServiceCollection services) =>
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new SimpleActivityExportProcessor(new Exporter(_spans))));

    /// <summary>Listens to the meters the host's meter factory made; call once the host is built.</summary>
    public void ListenTo(IServiceProvider services)
    {
        var factory = services.GetRequiredService<IMeterFactory>();
        _listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (MeterNames.Contains(instrument.Meter.Name) && (instrument.Meter.Scope is null || ReferenceEquals(instrument.Meter.Scope, factory)))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>Every string telemetry carries: names, tag keys and values, events, status, trace state, instrument descriptions.</summary>
    public IEnumerable<string> AllStrings()
    {
        foreach (var span in Spans)
        {
            yield return span.Source.Name;
            yield return span.OperationName;
            yield return span.DisplayName;
            yield return span.StatusDescription ?? string.Empty;
            yield return span.TraceStateString ?? string.Empty;
            foreach (var (key, value) in span.TagObjects)
            {
                yield return key;
                yield return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
            }

            foreach (var spanEvent in span.Events)
            {
                yield return spanEvent.Name;
                foreach (var (key, value) in spanEvent.Tags)
                {
                    yield return key;
                    yield return Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
                }
            }

            foreach (var (key, value) in span.Baggage)
            {
                yield return key;
                yield return value ?? string.Empty;
            }
        }

        foreach (var measurement in Measurements)
        {
            yield return measurement.Instrument;
            yield return measurement.Description;
            foreach (var (key, value) in measurement.Tags)
            {
                yield return key;
                yield return value;
            }
        }
    }

    public void Dispose() => _listener?.Dispose();

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct
    {
        var copied = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, tagValue) in tags)
        {
            copied[key] = Convert.ToString(tagValue, CultureInfo.InvariantCulture) ?? string.Empty;
        }

        _measurements.Enqueue(new Measurement(instrument.Name, instrument.Description ?? string.Empty, Convert.ToDouble(value, CultureInfo.InvariantCulture), copied));
    }

    /// <summary>One recorded measurement, its tags as strings.</summary>
    public sealed record Measurement(string Instrument, string Description, double Value, IReadOnlyDictionary<string, string> Tags);

    private sealed class Exporter(ConcurrentQueue<Activity> spans) : BaseExporter<Activity>
    {
        public override ExportResult Export(in Batch<Activity> batch)
        {
            foreach (var span in batch)
            {
                spans.Enqueue(span);
            }

            return ExportResult.Success;
        }
    }
}
