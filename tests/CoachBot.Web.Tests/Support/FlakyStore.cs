using CoachBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Web.Tests.Support;

/// <summary>Wraps the real store and, on request, fails like an outage or loses ETag races.</summary>
public sealed class FlakyStore
{
    private int _conflictsToInject;

    public bool Unavailable { get; set; }

    public int ConflictsToInject
    {
        get => Volatile.Read(ref _conflictsToInject);
        set => Volatile.Write(ref _conflictsToInject, value);
    }

    internal IStore Wrap(IStore inner) => new Wrapper(this, inner);

    private sealed class Wrapper(FlakyStore owner, IStore inner) : IStore
    {
        public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken)
        {
            owner.ThrowIfUnavailable();
            return inner.ReadAsync(key, cancellationToken);
        }

        public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> value, WriteCondition condition, CancellationToken cancellationToken)
        {
            owner.ThrowIfUnavailable();
            if (Interlocked.Decrement(ref owner._conflictsToInject) >= 0)
            {
                // Someone else wrote first: make it real, so the re-run sees a new ETag.
                var current = await inner.ReadAsync(key, cancellationToken);
                if (current is not null)
                {
                    await inner.WriteAsync(key, current.Value, WriteCondition.Any, cancellationToken);
                }
                else
                {
                    await inner.WriteAsync(key, "{}"u8.ToArray(), WriteCondition.CreateOnly, cancellationToken);
                }

                throw new StoreConflictException();
            }

            Interlocked.Increment(ref owner._conflictsToInject);
            return await inner.WriteAsync(key, value, condition, cancellationToken);
        }

        public Task DeleteAsync(string key, CancellationToken cancellationToken)
        {
            owner.ThrowIfUnavailable();
            return inner.DeleteAsync(key, cancellationToken);
        }
    }

    private void ThrowIfUnavailable()
    {
        if (Unavailable)
        {
            throw new StoreUnavailableException("scripted outage");
        }
    }
}

/// <summary>Test-only service decoration.</summary>
public static class FlakyStoreServiceExtensions
{
    public static IServiceCollection Decorate(this IServiceCollection services, FlakyStore flaky)
    {
        var descriptor = services.Last(d => d.ServiceType == typeof(IStore));
        services.Remove(descriptor);
        services.AddSingleton<IStore>(sp => flaky.Wrap((IStore)(descriptor.ImplementationInstance ?? descriptor.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!))));
        return services;
    }
}
