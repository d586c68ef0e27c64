using System.Collections.Concurrent;
using System.Globalization;
using CoachBot.Storage;

namespace CoachBot.Web.Tests.Scheduling;

/// <summary>The store contract in memory, for scheduler runs over many simulated days that would spend their time in fsync on disk.</summary>
internal sealed class MemoryStore : IStore
{
    private readonly ConcurrentDictionary<string, StoreItem> _items = new(StringComparer.Ordinal);
    private readonly Lock _writes = new();
    private long _version;

    public IEnumerable<string> Keys => _items.Keys;

    public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_items.TryGetValue(key, out var item) ? item : null);

    public Task<string> WriteAsync(string key, ReadOnlyMemory<byte> value, WriteCondition condition, CancellationToken cancellationToken)
    {
        lock (_writes)
        {
            var exists = _items.TryGetValue(key, out var current);
            var holds = condition.IsUnconditional
                || (condition.IsCreateOnly && !exists)
                || (!condition.IsCreateOnly && exists && current!.ETag == condition.IfMatch);
            if (!holds)
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
        lock (_writes)
        {
            _items.TryRemove(key, out _);
        }

        return Task.CompletedTask;
    }
}
