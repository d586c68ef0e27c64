using CoachBot.Storage;
using CoachBot.Storage.FileSystem;
using CoachBot.Storage.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Web.Tests.Telemetry;

/// <summary>
/// A file store under the counting store in which another writer gets in first on request: a real ETag race,
/// so the conflict passes through every layer (counting, tracing) as it would in production.
/// </summary>
public sealed class RacingStore
{
    private int _races;

    public int RacesToLose
    {
        get => Volatile.Read(ref _races);
        set => Volatile.Write(ref _races, value);
    }

    public void AddTo(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton(sp =>
            new CountingStore(new Racer(this, new FileStore(Directory.CreateTempSubdirectory("coachbot-race-").FullName)), sp.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>())));

    private sealed class Racer(RacingStore owner, IStore inner) : IStore
    {
        public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken) => inner.ReadAsync(key, cancellationToken);

        public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> value, WriteCondition condition, CancellationToken cancellationToken)
        {
            var current = condition.IsUnconditional || condition.IsCreateOnly ? null : await inner.ReadAsync(key, cancellationToken);
            if (current is not null && Interlocked.Decrement(ref owner._races) >= 0)
            {
                await inner.WriteAsync(key, current.Value, WriteCondition.Any, cancellationToken);
            }

            return await inner.WriteAsync(key, value, condition, cancellationToken);
        }

        public Task DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);
    }
}
