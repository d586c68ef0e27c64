using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.Scheduling;

/// <summary>The hosted service itself: it ticks once at start, then just after each minute boundary of its clock.</summary>
public sealed class PromptSchedulerLoopTests
{
    private static readonly DateTimeOffset BeforeEight = new(2026, 11, 25, 7, 58, 30, TimeSpan.Zero);

    [Fact]
    public async Task The_background_service_sends_the_prompt_once_its_clock_passes_the_minute()
    {
        var clock = new FakeTimeProvider(BeforeEight);
        var reporting = new WaitReportingClock(clock);
        var store = new MemoryStore();
        var connector = new RecordingConnector(clock);
        await using var rig = SchedulerRig.Create(store, clock, reporting, connector, ("Prompts:Enabled", "true"));
        await SchedulerRig.SeedAsync(store, SchedulerRig.KeyOf("hal"), SchedulerRig.Person("hal", "Europe/London", new TimeOnly(8, 0)), BeforeEight);

        var asleep = reporting.NextWaitAsync();
        await rig.Scheduler.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            await asleep;
            Assert.Empty(connector.Sent);

            asleep = reporting.NextWaitAsync();
            clock.Advance(TimeSpan.FromSeconds(40));
            await asleep;
            Assert.Empty(connector.Sent);

            clock.Advance(TimeSpan.FromMinutes(1));
            await connector.WaitForAsync(1);
        }
        finally
        {
            await rig.Scheduler.StopAsync(TestContext.Current.CancellationToken);
        }

        var sent = Assert.Single(connector.Sent);
        Assert.Equal("conv-hal", sent.ConversationId);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 8, 0, 10, TimeSpan.Zero), sent.At);
    }
}
