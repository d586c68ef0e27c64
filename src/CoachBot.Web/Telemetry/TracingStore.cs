using System.Diagnostics;
using CoachBot.Storage;

namespace CoachBot.Web.Telemetry;

/// <summary>
/// A span per state read, write and delete (ActivitySource <c>CoachBot.Storage</c>), tagged with the key's first
/// segment (<c>users</c>, <c>conversations</c>, …) and the outcome, never the key: keys carry channel user ids.
/// Counts are on the <c>CoachBot.Storage</c> meter of <see cref="Storage.Metrics.CountingStore"/>.
/// </summary>
internal sealed class TracingStore(IStore inner) : IStore
{
    public const string SourceName = "CoachBot.Storage";

    private const int MaxScopeLength = 32;

    private static readonly ActivitySource Source = new(SourceName);

    public async Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        using var span = Start("store read", key);
        try
        {
            var item = await inner.ReadAsync(key, cancellationToken);
            span?.SetTag(TelemetryTags.StoreOutcome, item is null ? "not_found" : "ok");
            return item;
        }
        catch (Exception ex) when (Fail(span, ex))
        {
            throw;
        }
    }

    public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> value, WriteCondition condition, CancellationToken cancellationToken)
    {
        using var span = Start("store write", key);
        try
        {
            var etag = await inner.WriteAsync(key, value, condition, cancellationToken);
            span?.SetTag(TelemetryTags.StoreOutcome, "ok");
            return etag;
        }
        catch (Exception ex) when (Fail(span, ex))
        {
            throw;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        using var span = Start("store delete", key);
        try
        {
            await inner.DeleteAsync(key, cancellationToken);
            span?.SetTag(TelemetryTags.StoreOutcome, "ok");
        }
        catch (Exception ex) when (Fail(span, ex))
        {
            throw;
        }
    }

    private static Activity? Start(string name, string key)
    {
        var span = Source.StartActivity(name, ActivityKind.Client);
        span?.SetTag(TelemetryTags.StoreScope, ScopeOf(key));
        return span;
    }

    private static string ScopeOf(string key)
    {
        var end = key.IndexOf('/', StringComparison.Ordinal);
        var scope = end < 0 ? key : key[..end];
        return scope.Length is > 0 and <= MaxScopeLength && scope.All(char.IsAsciiLetterLower) ? scope : TelemetryTags.Other;
    }

    // Never catches; only the exception's kind is recorded, never its message (it may quote a key).
    private static bool Fail(Activity? span, Exception ex)
    {
        if (span is not null)
        {
            var outcome = ex switch
            {
                StoreConflictException => "conflict",
                StoreUnavailableException => "unavailable",
                OperationCanceledException => "cancelled",
                _ => "error",
            };
            span.SetTag(TelemetryTags.StoreOutcome, outcome);
            span.SetTag("error.type", ex.GetType().Name);
            if (outcome is "unavailable" or "error")
            {
                span.SetStatus(ActivityStatusCode.Error, outcome);
            }
        }

        return false;
    }
}
