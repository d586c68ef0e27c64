using Microsoft.Extensions.Options;

namespace CoachBot.Web.Scheduling;

/// <summary>
/// Runs <see cref="PromptTick"/> once at start and then just after each minute boundary, on the injected clock.
/// A failed tick is logged and the next one carries on from the durable cursor.
/// </summary>
internal sealed class PromptScheduler(PromptTick tick, TimeProvider timeProvider, IOptions<PromptOptions> options, ILogger<PromptScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            SchedulingLog.Disabled(logger);
            return;
        }

        // Off the start-up path: the first tick may have a grace window of minutes to catch up on.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await tick.RunAsync(timeProvider.GetUtcNow(), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                SchedulingLog.TickFailed(logger, ex.GetType().Name);
            }

            try
            {
                await Task.Delay(UntilNextTick(), timeProvider, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private TimeSpan UntilNextTick()
    {
        var now = timeProvider.GetUtcNow();
        return ScheduleIndex.MinuteOf(now).AddMinutes(1) + options.Value.SettleDelay - now;
    }
}
