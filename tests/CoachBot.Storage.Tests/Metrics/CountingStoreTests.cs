using System.Diagnostics.Metrics;
using CoachBot.Storage.FileSystem;
using CoachBot.Storage.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Storage.Tests.Metrics;

public sealed class CountingStoreTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("coachbot-counting-");
    private readonly CountingStore _store;

    public CountingStoreTests()
    {
        _store = new CountingStore(new FileStore(_directory.FullName));
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _store.Dispose();
        _directory.Delete(recursive: true);
    }

    [Fact]
    public async Task Each_outcome_is_counted_once()
    {
        var before = _store.Snapshot();

        await _store.ReadAsync("k", Cancellation);
        var etag = await _store.WriteAsync("k", "1"u8.ToArray(), WriteCondition.CreateOnly, Cancellation);
        await Assert.ThrowsAsync<StoreConflictException>(() => _store.WriteAsync("k", "2"u8.ToArray(), WriteCondition.CreateOnly, Cancellation));
        await _store.WriteAsync("k", "2"u8.ToArray(), WriteCondition.Matching(etag), Cancellation);
        await _store.ReadAsync("k", Cancellation);
        await _store.DeleteAsync("k", Cancellation);

        Assert.Equal(new StorageOperationCounts(Reads: 2, Writes: 2, Conflicts: 1, Deletes: 1, Failures: 0), _store.Snapshot().Since(before));
        Assert.Equal(6, _store.Snapshot().Total);
    }

    [Fact]
    public async Task Unavailable_stores_count_as_failures()
    {
        using var store = new CountingStore(new UnreachableStore());

        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.ReadAsync("k", Cancellation));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.WriteAsync("k", "1"u8.ToArray(), WriteCondition.Any, Cancellation));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.DeleteAsync("k", Cancellation));

        Assert.Equal(new StorageOperationCounts(0, 0, 0, 0, Failures: 3), store.Snapshot());
    }

    [Fact]
    public async Task Operations_are_published_on_the_storage_meter()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meterFactory = services.GetRequiredService<IMeterFactory>();
        using var store = new CountingStore(new FileStore(_directory.FullName), meterFactory);
        var measured = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Other tests create counting stores too; listen to this one's meter only.
            if (instrument.Meter.Name == CountingStore.MeterName && instrument.Meter.Scope == meterFactory)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            lock (measured)
            {
                measured[instrument.Name] = measured.GetValueOrDefault(instrument.Name) + value;
            }
        });
        listener.Start();

        await store.WriteAsync("k", "1"u8.ToArray(), WriteCondition.CreateOnly, Cancellation);
        await Assert.ThrowsAsync<StoreConflictException>(() => store.WriteAsync("k", "1"u8.ToArray(), WriteCondition.CreateOnly, Cancellation));
        await store.ReadAsync("k", Cancellation);
        await store.DeleteAsync("k", Cancellation);

        Assert.Equal(
            new Dictionary<string, long>
            {
                ["coachbot.storage.writes"] = 1,
                ["coachbot.storage.conflicts"] = 1,
                ["coachbot.storage.reads"] = 1,
                ["coachbot.storage.deletes"] = 1,
            },
            measured);
    }

    private sealed class UnreachableStore : IStore
    {
        public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken) =>
            Task.FromException<StoreItem?>(new StoreUnavailableException());

        public Task<string> WriteAsync(string key, ReadOnlyMemory<byte> value, WriteCondition condition, CancellationToken cancellationToken) =>
            Task.FromException<string>(new StoreUnavailableException());

        public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
            Task.FromException(new StoreUnavailableException());
    }
}
