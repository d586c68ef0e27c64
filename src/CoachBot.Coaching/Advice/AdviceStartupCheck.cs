using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Advice;

/// <summary>Loads the principles and the advice library at start-up, so a malformed file stops the host naming file and line.</summary>
internal sealed class AdviceStartupCheck(IServiceProvider services, ILogger<AdviceStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var library = services.GetRequiredService<AdviceLibrary>();
        AdviceLog.Loaded(logger, library.Principles.Count, library.Items.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
