using CoachBot.Coaching.Content;
using CoachBot.Coaching.Scheduling;
using CoachBot.Protocol.Schema;
using CoachBot.Web.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.Scheduling;

/// <summary>Unanswered prompts thin out to every other day, say so kindly once, and any message brings the daily prompt back.</summary>
public sealed class BackOffTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 7, 0, 0, TimeSpan.Zero);

    private static MessageCatalog W => Words.Messages;

    [Fact]
    public async Task After_three_unanswered_prompts_they_come_every_other_day_and_a_message_resets_that()
    {
        var clock = new FakeTimeProvider(Start);
        var store = new MemoryStore();
        var connector = new RecordingConnector(clock);
        await using var rig = SchedulerRig.Create(store, clock, connector);
        var key = SchedulerRig.KeyOf("cal");
        await SchedulerRig.SeedAsync(store, key, SchedulerRig.Person("cal", "Europe/London", new TimeOnly(8, 0)), Start);

        await rig.RunMinutesAsync(Start.AddDays(7));

        Assert.Equal([20, 21, 22, 24, 26], connector.Sent.Select(s => s.At.Day));
        Assert.Equal(
            [W["prompts.morning.text"], W["prompts.morning.text"], W["prompts.morning.text"], W["prompts.morning.every_other_day"], W["prompts.morning.text"]],
            connector.Sent.Select(s => s.Activity.Text));

        // At 07:00 on the 27th the person writes: what a turn does to their state, and what the turn observer files.
        var person = await rig.Users.UpdateAsync(key, user => PromptSchedule.RecordInbound(user, new Activity { Type = ActivityTypes.Message, Text = "hi" }), TestContext.Current.CancellationToken);
        await rig.Index.AddAsync(PromptSchedule.NextDue(person!, clock.GetUtcNow())!.Instant, [key], [], TestContext.Current.CancellationToken);

        await rig.RunMinutesAsync(Start.AddDays(10));

        Assert.Equal([20, 21, 22, 24, 26, 27, 28, 29], connector.Sent.Select(s => s.At.Day));
        Assert.DoesNotContain(W["prompts.morning.every_other_day"], connector.Sent.Skip(5).Select(s => s.Activity.Text));
    }
}
