using System.Globalization;
using System.Text.Json;
using CoachBot.Storage;

namespace CoachBot.Web.Scheduling;

/// <summary>
/// The schedule index on the state store: for each UTC minute a fixed number of shard documents,
/// <c>schedule/{yyyyMMddHHmm}/{shard}</c>, listing whose prompt may be due then, so a tick reads the same few
/// documents per minute whatever the number of people. A person's shard comes from their key, so the many people
/// who pick the same time (8:00) don't all append to one document. Appends are ETag-conditional and retried on
/// conflict, so writers on several instances never lose an entry. <c>schedule/cursor</c> records the last minute processed.
/// </summary>
internal sealed class ScheduleIndex(IStore store)
{
    public const string CursorKey = "schedule/cursor";

    // Each lost race means someone else's append landed; a few dozen writers on one minute still finish.
    private const int MaxAppendAttempts = 50;

    /// <summary>How many documents a minute is split into.</summary>
    public const int Shards = 16;

    public static string BucketKey(DateTimeOffset minute, int shard) =>
        "schedule/" + minute.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture) + "/" + shard.ToString("x", CultureInfo.InvariantCulture);

    /// <summary>The document of <paramref name="minute"/> that lists <paramref name="userKey"/>.</summary>
    public static string BucketKeyFor(DateTimeOffset minute, string userKey) => BucketKey(MinuteOf(minute), ShardOf(userKey));

    // FNV-1a: stable across processes, unlike string.GetHashCode.
    internal static int ShardOf(string userKey)
    {
        var hash = 2166136261u;
        foreach (var c in userKey)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % Shards);
    }

    /// <summary>The whole UTC minute <paramref name="instant"/> falls in.</summary>
    public static DateTimeOffset MinuteOf(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);

    /// <summary>Adds people (and retries) to a minute's bucket; those already in it are left as they are.</summary>
    /// <exception cref="StoreUnavailableException">The store could not be reached.</exception>
    public Task AddAsync(DateTimeOffset minute, IReadOnlyCollection<string> users, IReadOnlyCollection<ScheduleEntry> retries, CancellationToken cancellationToken)
    {
        var shards = users.Select(ShardOf).Concat(retries.Select(r => ShardOf(r.UserKey))).Distinct();
        return Task.WhenAll(shards.Select(shard => AddToShardAsync(
            BucketKey(MinuteOf(minute), shard),
            [.. users.Where(u => ShardOf(u) == shard)],
            [.. retries.Where(r => ShardOf(r.UserKey) == shard)],
            cancellationToken)));
    }

    private async Task AddToShardAsync(string key, IReadOnlyCollection<string> users, IReadOnlyCollection<ScheduleEntry> retries, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var read = await store.ReadAsync(key, cancellationToken);
            var bucket = read is null ? new ScheduleBucket() : Parse(read.Value);
            if (!Merge(bucket, users, retries))
            {
                return;
            }

            try
            {
                await store.WriteAsync(key, JsonSerializer.SerializeToUtf8Bytes(bucket, SchedulingJson.Default.ScheduleBucket), WriteCondition.After(read), cancellationToken);
                return;
            }
            catch (StoreConflictException) when (attempt < MaxAppendAttempts)
            {
                // Someone appended first: merge into what they wrote.
            }
        }
    }

    /// <summary>Everyone filed under <paramref name="minute"/>, all shards together; null when no shard exists.</summary>
    public async Task<ScheduleBucket?> ReadAsync(DateTimeOffset minute, CancellationToken cancellationToken)
    {
        var reads = await Task.WhenAll(Enumerable.Range(0, Shards).Select(shard => store.ReadAsync(BucketKey(MinuteOf(minute), shard), cancellationToken)));
        ScheduleBucket? merged = null;
        foreach (var read in reads)
        {
            if (read is null)
            {
                continue;
            }

            var bucket = Parse(read.Value);
            merged ??= new ScheduleBucket();
            merged.Users.AddRange(bucket.Users);
            if (bucket.Retries is { Count: > 0 } retries)
            {
                (merged.Retries ??= []).AddRange(retries);
            }
        }

        return merged;
    }

    public Task DeleteAsync(DateTimeOffset minute, CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, Shards).Select(shard => store.DeleteAsync(BucketKey(MinuteOf(minute), shard), cancellationToken)));

    /// <summary>The last minute processed and the ETag to advance it with; null minute when no tick ever ran.</summary>
    public async Task<(DateTimeOffset? Minute, StoreItem? Read)> ReadCursorAsync(CancellationToken cancellationToken)
    {
        var read = await store.ReadAsync(CursorKey, cancellationToken);
        if (read is null)
        {
            return (null, null);
        }

        try
        {
            return (JsonSerializer.Deserialize(read.Value.Span, SchedulingJson.Default.ScheduleCursor)?.Minute, read);
        }
        catch (JsonException)
        {
            // An unreadable cursor only costs a catch-up within the grace window; it is rewritten below.
            return (null, read);
        }
    }

    /// <summary>Moves the cursor forward to <paramref name="minute"/>, never back, whoever else moves it meanwhile.</summary>
    public async Task AdvanceCursorAsync(DateTimeOffset minute, StoreItem? read, CancellationToken cancellationToken)
    {
        var value = JsonSerializer.SerializeToUtf8Bytes(new ScheduleCursor(MinuteOf(minute)), SchedulingJson.Default.ScheduleCursor);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await store.WriteAsync(CursorKey, value, WriteCondition.After(read), cancellationToken);
                return;
            }
            catch (StoreConflictException) when (attempt < MaxAppendAttempts)
            {
                DateTimeOffset? current;
                (current, read) = await ReadCursorAsync(cancellationToken);
                if (current >= minute)
                {
                    return;
                }
            }
        }
    }

    private static ScheduleBucket Parse(ReadOnlyMemory<byte> value)
    {
        try
        {
            return JsonSerializer.Deserialize(value.Span, SchedulingJson.Default.ScheduleBucket) ?? new ScheduleBucket();
        }
        catch (JsonException ex)
        {
            throw new StoreUnavailableException("A schedule bucket could not be read.", ex);
        }
    }

    private static bool Merge(ScheduleBucket bucket, IReadOnlyCollection<string> users, IReadOnlyCollection<ScheduleEntry> retries)
    {
        var changed = false;
        if (users.Count > 0)
        {
            var present = new HashSet<string>(bucket.Users, StringComparer.Ordinal);
            foreach (var user in users)
            {
                if (present.Add(user))
                {
                    bucket.Users.Add(user);
                    changed = true;
                }
            }
        }

        foreach (var retry in retries)
        {
            bucket.Retries ??= [];
            if (!bucket.Retries.Exists(r => string.Equals(r.UserKey, retry.UserKey, StringComparison.Ordinal) && r.Due == retry.Due))
            {
                bucket.Retries.Add(retry);
                changed = true;
            }
        }

        return changed;
    }
}
