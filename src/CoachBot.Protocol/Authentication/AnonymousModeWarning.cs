using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Protocol.Authentication;

/// <summary>Says once, at start-up, that inbound authentication is off (PROTOCOL.md §1.5).</summary>
internal sealed class AnonymousModeWarning(IOptions<BotAuthenticationOptions> options, ILogger<AnonymousModeWarning> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsAnonymous)
        {
            AuthenticationLog.AnonymousMode(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
