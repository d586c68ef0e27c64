using CoachBot.Coaching.Content;
using CoachBot.Coaching.Tests.Advice;
using CoachBot.Coaching.Tone;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Coaching.Tests.Tone;

/// <summary>At start-up the content is tone-checked: a finding stops the host in Development and is logged in production.</summary>
public sealed class ToneStartupCheckTests : IDisposable
{
    private readonly RecordingLogs _logs = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("coachbot-tone-").FullName;

    public void Dispose()
    {
        _logs.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private ToneStartupCheck Check(string environment, string directory)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(_logs));
        services.AddSingleton<IHostEnvironment>(new TestEnvironment(environment));
        services.AddSingleton(Options.Create(new ContentOptions { Directory = directory }));
        var provider = services.BuildServiceProvider();
        return new ToneStartupCheck(provider, provider.GetRequiredService<ILogger<ToneStartupCheck>>());
    }

    private void WriteScoldingFile() =>
        File.WriteAllText(Path.Combine(_folder, "messages.yaml"), "welcome: Hello.\nscold: That was a bad night.\n");

    [Fact]
    public async Task In_development_content_that_breaks_a_rule_stops_start_up_naming_file_and_line()
    {
        WriteScoldingFile();

        var error = await Assert.ThrowsAsync<ContentException>(() => Check(Environments.Development, _folder).StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("messages.yaml:2: tone rule 'bad-night'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_production_the_finding_is_logged_and_start_up_goes_on()
    {
        WriteScoldingFile();

        await Check(Environments.Production, _folder).StartAsync(TestContext.Current.CancellationToken);

        var entry = Assert.Single(_logs.Entries, e => e.EventId == 4320);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Contains("messages.yaml", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_real_content_passes_in_development()
    {
        await Check(Environments.Development, DiaryNights.ContentDirectory).StartAsync(TestContext.Current.CancellationToken);

        Assert.Single(_logs.Entries, e => e.EventId == 4321);
    }
}
