using System.Text.Json;
using CoachBot.Coaching.Scheduling;
using CoachBot.Coaching.State;
using CoachBot.Storage;
using CoachBot.Web.Scheduling;

namespace CoachBot.Web.MyData;

/// <summary>
/// Removes a person from the morning-prompt scheduler's documents: their key from the bucket of their next
/// prompt, and the daily claims <c>prompts/{userKey}/{date}</c> since they first wrote. Buckets filed before a
/// change of time are left to the scheduler, which drops them when their minute passes and finds no user state.
/// </summary>
internal sealed class ScheduleTraces(IStore store, TimeProvider timeProvider)
{
    /// <summary>Claims are looked for at most this far back.</summary>
    private const int MaxDays = 400;

    private const int MaxBucketAttempts = 20;

    public async Task<int> EraseAsync(string userKey, UserData former, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (PromptSchedule.NextDue(former, now) is { } due)
        {
            await RemoveFromBucketAsync(ScheduleIndex.BucketKeyFor(due.Instant, userKey), userKey, cancellationToken);
        }

        PromptSchedule.TryFindZone(former.Profile.TimeZoneId, out var zone);
        var today = PromptSchedule.LocalDate(now, zone);
        var first = PromptSchedule.LocalDate(former.FirstSeen ?? now, zone);
        if (first < today.AddDays(-MaxDays))
        {
            first = today.AddDays(-MaxDays);
        }

        var keys = new List<string>();
        for (var date = first.AddDays(-1); date <= today.AddDays(1); date = date.AddDays(1))
        {
            keys.Add(PromptClaims.Key(userKey, new DuePrompt(now, date, PromptKind.Daily)));
        }

        if (former.Prompts.SnoozedUntil is { } snoozed)
        {
            keys.Add(PromptClaims.Key(userKey, new DuePrompt(snoozed, PromptSchedule.LocalDate(snoozed, zone), PromptKind.Snoozed)));
        }

        await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, (key, ct) => new ValueTask(store.DeleteAsync(key, ct)));
        return keys.Count;
    }

    private async Task RemoveFromBucketAsync(string bucketKey, string userKey, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var read = await store.ReadAsync(bucketKey, cancellationToken);
            if (read is null)
            {
                return;
            }

            var bucket = JsonSerializer.Deserialize(read.Value.Span, SchedulingJson.Default.ScheduleBucket) ?? new ScheduleBucket();
            var removed = bucket.Users.RemoveAll(u => u == userKey) + (bucket.Retries?.RemoveAll(r => r.UserKey == userKey) ?? 0);
            if (removed == 0)
            {
                return;
            }

            try
            {
                await store.WriteAsync(bucketKey, JsonSerializer.SerializeToUtf8Bytes(bucket, SchedulingJson.Default.ScheduleBucket), WriteCondition.Matching(read.ETag), cancellationToken);
                return;
            }
            catch (StoreConflictException) when (attempt < MaxBucketAttempts)
            {
                // Someone filed another person in the same minute: remove ours from what they wrote.
            }
        }
    }
}
