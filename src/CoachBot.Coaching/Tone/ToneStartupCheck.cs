using CoachBot.Coaching.Content;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Coaching.Tone;

/// <summary>
/// Runs the tone checker over every string of <c>dialogs/*.yaml</c> at start-up. In Development a
/// finding stops the host, so words that break the rules never get as far as a conversation; in
/// production the findings are logged and the outgoing filter guards each reply.
/// </summary>
internal sealed class ToneStartupCheck(IServiceProvider services, ILogger<ToneStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var directory = services.GetRequiredService<IOptions<ContentOptions>>().Value.Directory;
        var findings = ToneLint.CheckDirectory(directory);
        foreach (var finding in findings)
        {
            ToneLog.ContentFinding(logger, finding.Rule, finding.File, finding.Line);
        }

        var files = Directory.EnumerateFiles(directory, "*.yaml").Count();
        if (findings.Count == 0)
        {
            ToneLog.ContentPassed(logger, files);
        }
        else if (StrictHere(services))
        {
            throw new ContentException("The content breaks the tone rules (dialogs/README.md):" + Environment.NewLine + string.Join(Environment.NewLine, findings));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Development, or a composition without a host environment (tests): content must pass.</summary>
    internal static bool StrictHere(IServiceProvider services) =>
        services.GetService<IHostEnvironment>() is not { } environment || environment.IsDevelopment();
}
