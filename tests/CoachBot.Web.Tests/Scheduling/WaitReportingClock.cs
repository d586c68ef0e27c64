namespace CoachBot.Web.Tests.Scheduling;

/// <summary>
/// A clock that is another clock (a fake one, in tests) and reports each timer created on it: the explicit
/// signal that a background loop has gone to sleep and the test may move the fake time.
/// </summary>
internal sealed class WaitReportingClock(TimeProvider inner) : TimeProvider
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    /// <summary>Completes when the next timer is created on this clock.</summary>
    public Task NextWaitAsync()
    {
        lock (_lock)
        {
            return _next.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = inner.CreateTimer(callback, state, dueTime, period);
        TaskCompletionSource reached;
        lock (_lock)
        {
            reached = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        reached.TrySetResult();
        return timer;
    }
}
