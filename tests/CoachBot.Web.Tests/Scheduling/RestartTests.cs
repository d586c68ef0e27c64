using CoachBot.Storage.FileSystem;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.Scheduling;

/// <summary>A new scheduler over the same file store carries on from the durable cursor: nothing sent twice, nothing lost.</summary>
public sealed class RestartTests : IDisposable
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 25, 7, 50, 0, TimeSpan.Zero);

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("coachbot-schedule-");

    public void Dispose() => _directory.Delete(recursive: true);

    [Fact]
    public async Task A_restarted_scheduler_sends_what_is_still_due_and_repeats_nothing()
    {
        var clock = new FakeTimeProvider(Morning);
        var connector = new RecordingConnector(clock);
        var store = new FileStore(_directory.FullName);
        await SchedulerRig.SeedAsync(store, SchedulerRig.KeyOf("ann"), SchedulerRig.Person("ann", "Europe/London", new TimeOnly(8, 0)), Morning);
        await SchedulerRig.SeedAsync(store, SchedulerRig.KeyOf("bob"), SchedulerRig.Person("bob", "Europe/London", new TimeOnly(8, 30)), Morning);

        await using (var first = SchedulerRig.Create(store, clock, connector))
        {
            await first.RunMinutesAsync(Morning.AddMinutes(15));
        }

        Assert.Equal(["conv-ann"], connector.Sent.Select(s => s.ConversationId));

        // Down from 08:05 to 08:40: Bob's 08:30 prompt is within the grace window, Ann's is done.
        clock.Advance(TimeSpan.FromMinutes(35));
        await using (var second = SchedulerRig.Create(new FileStore(_directory.FullName), clock, connector))
        {
            await second.TickAsync();
            Assert.Equal(["conv-ann", "conv-bob"], connector.Sent.Select(s => s.ConversationId));
            Assert.Equal(Morning.AddMinutes(50), connector.To("conv-bob").Single().At);

            // The same minute ticked again changes nothing.
            await second.TickAsync();
        }

        // A third start, on a store that has never seen this process, the next morning.
        await using var third = SchedulerRig.Create(new FileStore(_directory.FullName), clock, connector);
        foreach (var at in new[] { Morning.AddDays(1).AddMinutes(9), Morning.AddDays(1).AddMinutes(10), Morning.AddDays(1).AddMinutes(11), Morning.AddDays(1).AddMinutes(40), Morning.AddDays(1).AddMinutes(45) })
        {
            clock.SetUtcNow(at);
            await third.TickAsync();
        }

        Assert.Equal(2, connector.PerConversation["conv-ann"]);
        Assert.Equal(2, connector.PerConversation["conv-bob"]);
        Assert.Equal(Morning.AddDays(1).AddMinutes(10), connector.To("conv-ann").Last().At);
        Assert.Equal(Morning.AddDays(1).AddMinutes(40), connector.To("conv-bob").Last().At);
    }
}
