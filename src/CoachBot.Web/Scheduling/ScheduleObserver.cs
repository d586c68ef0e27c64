using System.Collections.Concurrent;
using CoachBot.Coaching.Scheduling;
using CoachBot.Coaching.State;
using CoachBot.Protocol.Turns;
using CoachBot.Storage;
using CoachBot.Web.Turns;

namespace CoachBot.Web.Scheduling;

/// <summary>
/// After every committed turn, files the person under the minute their next prompt is due, so a change of time,
/// zone, pause or snooze takes effect at once. Stale entries left behind are skipped by the tick. The append is
/// idempotent; a per-process memory of the last minute filed for each person saves re-reading the bucket on every
/// turn of a conversation, and is lost on restart, which only costs one read.
/// </summary>
internal sealed class ScheduleObserver(ScheduleIndex index, TimeProvider timeProvider, ILogger<ScheduleObserver> logger) : ITurnCommittedObserver
{
    private const int MaxRemembered = 100_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _filed = new(StringComparer.Ordinal);

    public async Task OnCommittedAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!turnContext.TurnState.TryGet<UserData>(out var user) || StateKeys.User(turnContext.Activity) is not { } key)
        {
            return;
        }

        if (PromptSchedule.NextDue(user, timeProvider.GetUtcNow()) is not { } due)
        {
            _filed.TryRemove(key, out _);
            return;
        }

        var minute = ScheduleIndex.MinuteOf(due.Instant);
        if (_filed.TryGetValue(key, out var filed) && filed == minute)
        {
            return;
        }

        try
        {
            await index.AddAsync(minute, [key], [], cancellationToken);
            if (_filed.Count >= MaxRemembered)
            {
                _filed.Clear();
            }

            _filed[key] = minute;
        }
        catch (Exception ex) when (ex is StoreUnavailableException or StoreConflictException)
        {
            SchedulingLog.ObserverFailed(logger, key, ex.GetType().Name);
        }
    }
}
