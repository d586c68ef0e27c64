using CoachBot.Coaching.Content;
using CoachBot.Web.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.Scheduling;

/// <summary>Downtime: a prompt missed within the grace window goes out late; one missed by more is never sent, and the next day's comes as usual.</summary>
public sealed class GraceWindowTests
{
    private static readonly DateTimeOffset Seven = new(2026, 11, 25, 7, 0, 0, TimeSpan.Zero);

    private static MessageCatalog W => Words.Messages;

    [Fact]
    public async Task A_service_down_for_three_hours_sends_nothing_late_and_prompts_again_the_next_morning()
    {
        var clock = new FakeTimeProvider(Seven.AddMinutes(30));
        var store = new MemoryStore();
        var connector = new RecordingConnector(clock);
        await using var rig = SchedulerRig.Create(store, clock, connector);
        await SchedulerRig.SeedAsync(store, SchedulerRig.KeyOf("ann"), SchedulerRig.Person("ann", "Europe/London", new TimeOnly(8, 0)), clock.GetUtcNow());
        await rig.TickAsync();

        // Down from 07:30 to 10:30: the 08:00 prompt would be two and a half hours late.
        clock.Advance(TimeSpan.FromHours(3));
        var restart = await rig.TickAsync();

        Assert.Empty(connector.Sent);
        Assert.Equal(1, restart.TooLate);

        await rig.RunMinutesAsync(Seven.AddDays(1).AddHours(2));
        var next = Assert.Single(connector.Sent);
        Assert.Equal(Seven.AddDays(1).AddHours(1), next.At);
        Assert.Equal(W["prompts.morning.text"], next.Activity.Text);
    }

    [Fact]
    public async Task A_service_down_for_an_hour_sends_the_missed_prompt_late_once()
    {
        var clock = new FakeTimeProvider(Seven.AddMinutes(30));
        var store = new MemoryStore();
        var connector = new RecordingConnector(clock);
        await using var rig = SchedulerRig.Create(store, clock, connector);
        await SchedulerRig.SeedAsync(store, SchedulerRig.KeyOf("ben"), SchedulerRig.Person("ben", "Europe/London", new TimeOnly(8, 0)), clock.GetUtcNow());
        await rig.TickAsync();

        clock.Advance(TimeSpan.FromHours(1));
        await rig.TickAsync();
        await rig.RunMinutesAsync(Seven.AddHours(12));

        var late = Assert.Single(connector.Sent);
        Assert.Equal(Seven.AddHours(1).AddMinutes(30), late.At);
    }
}
