using System.Collections.Concurrent;
using CoachBot.Coaching.Scheduling;
using CoachBot.Coaching.State;
using CoachBot.Storage;
using CoachBot.Web.Telemetry;
using Microsoft.Extensions.Options;

namespace CoachBot.Web.Scheduling;

/// <summary>
/// One pass of the scheduler: every minute from the cursor up to now, but none older than the grace window
/// (missed prompts are not sent late beyond it). Per minute: one bucket read; per person in it, a read of their
/// state and the due time worked out again (stale entries are skipped, and re-filed where they belong); per due
/// person, a claim, the send, and the record. Work grows with the people due, never with everyone scheduled.
/// </summary>
internal sealed class PromptTick(
    ScheduleIndex index,
    UserStateDocuments users,
    PromptClaims claims,
    PromptDelivery delivery,
    PromptMetrics metrics,
    IOptions<PromptOptions> options,
    ILogger<PromptTick> logger)
{
    public async Task<TickResult> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var current = ScheduleIndex.MinuteOf(now);
        var (cursor, read) = await index.ReadCursorAsync(cancellationToken);
        var first = cursor is { } last ? last.AddMinutes(1) : current;
        var earliest = current - options.Value.CatchUpLimit;
        if (first < earliest)
        {
            SchedulingLog.CatchUpCut(logger, (int)(earliest - first).TotalMinutes, options.Value.CatchUpLimit);
            first = earliest;
        }

        var total = TickResult.None;
        for (var minute = first; minute <= current; minute = minute.AddMinutes(1))
        {
            total = total.Add(await ProcessMinuteAsync(minute, now, cancellationToken));
        }

        if (first <= current)
        {
            await index.AdvanceCursorAsync(current, read, cancellationToken);
        }

        if (total.TooLate > 0)
        {
            SchedulingLog.SkippedBeyondGrace(logger, total.TooLate, options.Value.GraceWindow);
        }

        if (total.Entries > 0)
        {
            SchedulingLog.TickDone(logger, total.Minutes, current, total.Claimed, total.Sent, total.Retrying);
        }

        return total;
    }

    private async Task<TickResult> ProcessMinuteAsync(DateTimeOffset minute, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var bucket = await index.ReadAsync(minute, cancellationToken);
        if (bucket is null)
        {
            return TickResult.None with { Minutes = 1 };
        }

        List<ScheduleEntry> entries = [.. bucket.Users.Select(user => new ScheduleEntry(user, minute, 0)), .. bucket.Retries ?? []];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = cancellationToken };

        // First what is due and where everyone goes next, filed before anything is claimed: if the index cannot
        // be written the tick fails here, the cursor stays, and the next tick does the minute again.
        var due = new ConcurrentQueue<Candidate>();
        var nextMinutes = new ConcurrentDictionary<DateTimeOffset, ConcurrentQueue<string>>();
        var unread = 0;
        var tooLate = 0;
        await Parallel.ForEachAsync(entries, parallel, async (entry, ct) =>
        {
            try
            {
                var candidate = await EvaluateAsync(entry, minute, nextMinutes, ct);
                if (candidate is null)
                {
                    return;
                }

                if (now - candidate.Due.Instant > options.Value.GraceWindow)
                {
                    Interlocked.Increment(ref tooLate);
                    return;
                }

                // Only a prompt that may still go out can be followed by the one after it.
                if (PromptSchedule.NextDueAfterSending(candidate.User, candidate.Due, now) is { } ifSent)
                {
                    File(nextMinutes, ifSent.Instant, entry.UserKey);
                }

                due.Enqueue(candidate);
            }
            catch (StoreUnavailableException ex)
            {
                Interlocked.Increment(ref unread);
                SchedulingLog.EntryFailed(logger, entry.UserKey, ex.GetType().Name);
            }
        });

        foreach (var (next, keys) in nextMinutes)
        {
            await index.AddAsync(next, [.. keys], [], cancellationToken);
        }

        var outcomes = new ConcurrentQueue<DeliveryOutcome?>();
        var retries = new ConcurrentDictionary<DateTimeOffset, ConcurrentQueue<ScheduleEntry>>();
        await Parallel.ForEachAsync(due, parallel, async (candidate, ct) =>
            outcomes.Enqueue(await ClaimAndSendAsync(candidate, now, retries, ct)));

        foreach (var (at, list) in retries)
        {
            try
            {
                await index.AddAsync(at, [], [.. list], cancellationToken);
            }
            catch (StoreUnavailableException ex)
            {
                SchedulingLog.IndexAppendFailed(logger, at, ex.GetType().Name);
            }
        }

        // A bucket is only dropped once everyone in it was looked at.
        if (unread == 0)
        {
            await index.DeleteAsync(minute, cancellationToken);
        }

        return new TickResult(
            1,
            entries.Count,
            tooLate,
            outcomes.Count(o => o is not null),
            outcomes.Count(o => o == DeliveryOutcome.Sent),
            outcomes.Count(o => o == DeliveryOutcome.Retry),
            outcomes.Count(o => o == DeliveryOutcome.Unreachable),
            outcomes.Count(o => o == DeliveryOutcome.Failed));
    }

    /// <summary>
    /// The prompt this entry stands for if it is still due, or null for a stale entry. Either way the person is
    /// filed under the next minute they are due if this prompt does not go out, so a minute passed over
    /// during downtime never drops anyone from the index.
    /// </summary>
    private async Task<Candidate?> EvaluateAsync(ScheduleEntry entry, DateTimeOffset minute, ConcurrentDictionary<DateTimeOffset, ConcurrentQueue<string>> nextMinutes, CancellationToken cancellationToken)
    {
        if (await users.ReadAsync(entry.UserKey, cancellationToken) is not { } loaded)
        {
            return null;
        }

        var user = loaded.User;

        var due = PromptSchedule.NextDue(user, entry.Due);
        if (due is null)
        {
            // Paused, stopped or unreachable: off the index until a turn schedules them again.
            return null;
        }

        if (due.Instant != entry.Due)
        {
            // A stale entry (the time changed, or it was sent): make sure the person is filed where they are due.
            if (PromptSchedule.NextDue(user, minute) is { } actual && actual.Instant > minute)
            {
                File(nextMinutes, actual.Instant, entry.UserKey);
            }

            return null;
        }

        if (PromptSchedule.NextDue(user, due.Instant.AddMinutes(1)) is { } ifNotSent)
        {
            File(nextMinutes, ifNotSent.Instant, entry.UserKey);
        }

        return new Candidate(entry, loaded, due);
    }

    private async Task<DeliveryOutcome?> ClaimAndSendAsync(Candidate candidate, DateTimeOffset now, ConcurrentDictionary<DateTimeOffset, ConcurrentQueue<ScheduleEntry>> retries, CancellationToken cancellationToken)
    {
        var key = candidate.Entry.UserKey;
        try
        {
            if (!await claims.TryClaimAsync(key, candidate.Due, now, cancellationToken))
            {
                return null;
            }

            var result = await delivery.SendAsync(candidate.User, cancellationToken);
            if (result.CreatedConversationId is not null)
            {
                SchedulingLog.ConversationCreated(logger, key);
            }

            Count(candidate.User.ConversationReference?.ChannelId, result);

            switch (result.Outcome)
            {
                case DeliveryOutcome.Sent:
                    await RecordAsync(key, candidate.Loaded, result, u => PromptSchedule.RecordSent(u, candidate.Due, now), cancellationToken);
                    break;
                case DeliveryOutcome.Retry:
                    await claims.ReleaseAsync(key, candidate.Due, cancellationToken);
                    ScheduleRetry(candidate, result, now, retries);
                    if (result.CreatedConversationId is not null)
                    {
                        await RecordAsync(key, candidate.Loaded, result, _ => { }, cancellationToken);
                    }

                    break;
                case DeliveryOutcome.Unreachable:
                    SchedulingLog.Unreachable(logger, key, result.Status, result.ErrorCode);
                    await RecordAsync(key, candidate.Loaded, result, u => MarkUnreachable(u, now), cancellationToken);
                    break;
                default:
                    SchedulingLog.SendGaveUp(logger, key, result.Status, result.ErrorCode);
                    break;
            }

            return result.Outcome;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The claim stays: whether the prompt went out is unknown, and at most one a day is the promise.
            SchedulingLog.EntryFailed(logger, key, ex.GetType().Name);
            return null;
        }
    }

    private void ScheduleRetry(Candidate candidate, DeliveryResult result, DateTimeOffset now, ConcurrentDictionary<DateTimeOffset, ConcurrentQueue<ScheduleEntry>> retries)
    {
        var attempt = candidate.Entry.Attempt + 1;
        var delay = options.Value.RetryDelay * Math.Pow(2, Math.Min(attempt - 1, 10));
        var at = ScheduleIndex.MinuteOf(now + delay).AddMinutes(1);
        if (at - candidate.Due.Instant > options.Value.GraceWindow)
        {
            SchedulingLog.SendGaveUp(logger, candidate.Entry.UserKey, result.Status, result.ErrorCode);
            return;
        }

        SchedulingLog.SendRetrying(logger, candidate.Entry.UserKey, result.Status, result.ErrorCode, attempt, at);
        retries.GetOrAdd(at, _ => new ConcurrentQueue<ScheduleEntry>()).Enqueue(new ScheduleEntry(candidate.Entry.UserKey, candidate.Due.Instant, attempt));
    }

    /// <summary>
    /// Saves what the send changed, on the state read for it unless a turn wrote since. The prompt is out either
    /// way, and its claim stops a second one today.
    /// </summary>
    private async Task RecordAsync(string key, LoadedUser loaded, DeliveryResult result, Action<UserData> change, CancellationToken cancellationToken)
    {
        try
        {
            await users.UpdateAsync(key, user =>
            {
                change(user);
                if (result.CreatedConversationId is { } conversationId && user.ConversationReference is { } reference)
                {
                    user.ConversationReference = PromptDelivery.WithConversation(reference, conversationId);
                }
            }, cancellationToken, loaded);
        }
        catch (Exception ex) when (ex is StoreUnavailableException or StoreConflictException)
        {
            SchedulingLog.RecordFailed(logger, key, ex.GetType().Name);
        }
    }

    private void Count(string? channelId, DeliveryResult result)
    {
        if (result.Outcome == DeliveryOutcome.Sent)
        {
            metrics.RecordSent(channelId);
            return;
        }

        metrics.RecordFailed(channelId, result.Outcome switch
        {
            DeliveryOutcome.Retry when result.Status == 429 => "throttled",
            DeliveryOutcome.Retry => "connector_error",
            DeliveryOutcome.Unreachable => "unreachable",
            _ => "rejected",
        });
    }

    private static void MarkUnreachable(UserData user, DateTimeOffset now)
    {
        user.Prompts.Inactive = true;
        user.Prompts.InactiveSince = now;
    }

    private static void File<T>(ConcurrentDictionary<DateTimeOffset, ConcurrentQueue<T>> byMinute, DateTimeOffset instant, T item) =>
        byMinute.GetOrAdd(ScheduleIndex.MinuteOf(instant), _ => new ConcurrentQueue<T>()).Enqueue(item);

    private sealed record Candidate(ScheduleEntry Entry, LoadedUser Loaded, DuePrompt Due)
    {
        public UserData User => Loaded.User;
    }
}
