using System.Diagnostics.Metrics;

namespace CoachBot.Storage.Metrics;

/// <summary>
/// Counts what passes through to another store: as a snapshot the host can read around a turn, and as counters on
/// the <c>CoachBot.Storage</c> meter for OpenTelemetry. Behaviour is the inner store's, exceptions included.
/// </summary>
public sealed class CountingStore : IStore, IDisposable
{
    /// <summary>The name of the meter the counters are published on.</summary>
    public const string MeterName = "CoachBot.Storage";

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _reads;
    private readonly Counter<long> _writes;
    private readonly Counter<long> _conflicts;
    private readonly Counter<long> _deletes;
    private readonly Counter<long> _failures;
    private long _readCount;
    private long _writeCount;
    private long _conflictCount;
    private long _deleteCount;
    private long _failureCount;

    /// <param name="inner">The store that does the work.</param>
    /// <param name="meterFactory">The host's meter factory; without one the store owns its meter.</param>
    public CountingStore(IStore inner, IMeterFactory? meterFactory = null)
    {
        Inner = inner;
        _ownsMeter = meterFactory is null;
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _reads = _meter.CreateCounter<long>("coachbot.storage.reads", "{operation}", "Items read, found or not.");
        _writes = _meter.CreateCounter<long>("coachbot.storage.writes", "{operation}", "Items written.");
        _conflicts = _meter.CreateCounter<long>("coachbot.storage.conflicts", "{operation}", "Conditional writes that lost to another writer.");
        _deletes = _meter.CreateCounter<long>("coachbot.storage.deletes", "{operation}", "Items deleted.");
        _failures = _meter.CreateCounter<long>("coachbot.storage.failures", "{operation}", "Operations that could not reach the store.");
    }

    /// <summary>The decorated store.</summary>
    public IStore Inner { get; }

    /// <summary>The counts so far; subtract an earlier snapshot with <see cref="StorageOperationCounts.Since"/>.</summary>
    public StorageOperationCounts Snapshot() => new(
        Interlocked.Read(ref _readCount),
        Interlocked.Read(ref _writeCount),
        Interlocked.Read(ref _conflictCount),
        Interlocked.Read(ref _deleteCount),
        Interlocked.Read(ref _failureCount));

    /// <inheritdoc />
    public async Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var item = await Inner.ReadAsync(key, cancellationToken);
            Count(ref _readCount, _reads);
            return item;
        }
        catch (StoreUnavailableException)
        {
            Count(ref _failureCount, _failures);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> value, WriteCondition condition, CancellationToken cancellationToken)
    {
        try
        {
            var etag = await Inner.WriteAsync(key, value, condition, cancellationToken);
            Count(ref _writeCount, _writes);
            return etag;
        }
        catch (StoreConflictException)
        {
            Count(ref _conflictCount, _conflicts);
            throw;
        }
        catch (StoreUnavailableException)
        {
            Count(ref _failureCount, _failures);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await Inner.DeleteAsync(key, cancellationToken);
            Count(ref _deleteCount, _deletes);
        }
        catch (StoreUnavailableException)
        {
            Count(ref _failureCount, _failures);
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // A meter from the host's factory is the factory's to dispose.
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }

    private static void Count(ref long total, Counter<long> counter)
    {
        Interlocked.Increment(ref total);
        counter.Add(1);
    }
}
