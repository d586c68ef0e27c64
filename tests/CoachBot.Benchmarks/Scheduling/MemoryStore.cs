using System.Collections.Concurrent;
using System.Globalization;
using CoachBot.Storage;

namespace CoachBot.Benchmarks.Scheduling;

/// <summary>The store contract in memory: the tick's own cost, without the file system's.</summary>
internal sealed class MemoryStore : IStore
{
    private readonly ConcurrentDictionary<string, StoreItem> _items = new(StringComparer.Ordinal);
    private readonly Lock _writes = new();
    private long _version;

    public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_items.TryGetValue(key, out var item) ? item : null);

    public Task<string> WriteAsync(string key, ReadOnlyMemory<byte> value, WriteCondition condition, CancellationToken cancellationToken)
    {
        lock (_writes)
        {
            var exists = _items.TryGetValue(key, out var current);
            if (!(condition.IsUnconditional || (condition.IsCreateOnly && !exists) || (!condition.IsCreateOnly && exists && current!.ETag == condition.IfMatch)))
            {
                throw new StoreConflictException("The condition did not hold.");
            }

            var etag = (++_version).ToString(CultureInfo.InvariantCulture);
            _items[key] = new StoreItem(value.ToArray(), etag);
            return Task.FromResult(etag);
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        _items.TryRemove(key, out _);
        return Task.CompletedTask;
    }
}
