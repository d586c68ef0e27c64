using Microsoft.Extensions.Options;

namespace CoachBot.Web.Scheduling;

/// <summary>
/// Spaces this instance's proactive Connector calls to at most <see cref="PromptOptions.SendsPerSecond"/>, each gap
/// stretched by up to a fifth at random, so a morning fan-out stays under the channel's per-app limit
/// (PROTOCOL.md §4) instead of bursting at the top of the minute. Per-conversation limits are never near:
/// a prompt is one call (two when the conversation has to be created).
/// </summary>
internal sealed class SendPacer(TimeProvider timeProvider, IOptions<PromptOptions> options) : IDisposable
{
    private const double MaxJitter = 0.2;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _nextSlot;

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var rate = options.Value.SendsPerSecond;
        if (rate <= 0)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = timeProvider.GetTimestamp();
            if (_nextSlot > now)
            {
                await Task.Delay(timeProvider.GetElapsedTime(now, _nextSlot), timeProvider, cancellationToken);
                now = _nextSlot;
            }

#pragma warning disable CA5394 // Spreading sends needs no cryptographic randomness.
            var gap = 1 / rate * (1 + (Random.Shared.NextDouble() * MaxJitter));
#pragma warning restore CA5394
            _nextSlot = now + (long)(gap * timeProvider.TimestampFrequency);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
