using CoachBot.Web.Scheduling;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.Scheduling;

/// <summary>The per-app send rate: sends are spaced out on the clock, never bunched.</summary>
public sealed class SendPacerTests
{
    [Fact]
    public async Task Sends_beyond_the_rate_wait_for_their_slot()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        using var pacer = new SendPacer(clock, Options.Create(new PromptOptions { SendsPerSecond = 2 }));

        await pacer.WaitAsync(TestContext.Current.CancellationToken);
        var second = pacer.WaitAsync(TestContext.Current.CancellationToken);

        clock.Advance(TimeSpan.FromMilliseconds(450));
        Assert.False(second.IsCompleted);

        // Half a second apart, stretched by up to a fifth.
        clock.Advance(TimeSpan.FromMilliseconds(160));
        await second.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Sends_spaced_further_apart_than_the_rate_never_wait()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        using var pacer = new SendPacer(clock, Options.Create(new PromptOptions { SendsPerSecond = 30 }));

        for (var i = 0; i < 5; i++)
        {
            var wait = pacer.WaitAsync(TestContext.Current.CancellationToken);
            Assert.True(wait.IsCompletedSuccessfully);
            clock.Advance(TimeSpan.FromMilliseconds(50));
        }
    }
}
