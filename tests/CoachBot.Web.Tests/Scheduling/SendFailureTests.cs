using System.Net;
using CoachBot.Coaching.Content;
using CoachBot.Protocol.Schema;
using CoachBot.Web.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Web.Tests.Scheduling;

/// <summary>What the scheduler does when the channel refuses: stop for the removed or blocked, retry the passing, create the missing conversation.</summary>
public sealed class SendFailureTests
{
    private static readonly DateTimeOffset Seven = new(2026, 11, 25, 7, 0, 0, TimeSpan.Zero);

    private static MessageCatalog W => Words.Messages;

    [Fact]
    public async Task A_403_marks_the_person_unreachable_and_stops_prompting()
    {
        var clock = new FakeTimeProvider(Seven);
        var store = new MemoryStore();
        var connector = new RecordingConnector(clock) { Refuse = _ => (HttpStatusCode.Forbidden, "MessageWritesBlocked") };
        await using var rig = SchedulerRig.Create(store, clock, connector);
        var key = SchedulerRig.KeyOf("dee");
        await SchedulerRig.SeedAsync(store, key, SchedulerRig.Person("dee", "Europe/London", new TimeOnly(8, 0)), Seven);

        await rig.RunMinutesAsync(Seven.AddHours(2));
        var user = (await rig.Users.ReadAsync(key, TestContext.Current.CancellationToken))?.User;
        connector.Refuse = null;
        await rig.RunMinutesAsync(Seven.AddDays(2));

        Assert.True(user!.Prompts.Inactive);
        Assert.Equal(Seven.AddHours(1), user.Prompts.InactiveSince);
        Assert.Empty(connector.Sent);
    }

    [Fact]
    public async Task A_404_counts_as_gone_too()
    {
        var clock = new FakeTimeProvider(Seven);
        var store = new MemoryStore();
        var connector = new RecordingConnector(clock) { Refuse = _ => (HttpStatusCode.NotFound, "ConversationNotFound") };
        await using var rig = SchedulerRig.Create(store, clock, connector);
        var key = SchedulerRig.KeyOf("eve");
        await SchedulerRig.SeedAsync(store, key, SchedulerRig.Person("eve", "Europe/London", new TimeOnly(8, 0)), Seven);

        await rig.RunMinutesAsync(Seven.AddHours(2));

        Assert.True((await rig.Users.ReadAsync(key, TestContext.Current.CancellationToken))!.User.Prompts.Inactive);
    }

    [Fact]
    public async Task A_passing_failure_is_retried_a_little_later_and_sent_once()
    {
        var clock = new FakeTimeProvider(Seven);
        var store = new MemoryStore();
        var refusals = 2;
        var connector = new RecordingConnector(clock);
        connector.Refuse = _ => Interlocked.Decrement(ref refusals) >= 0 ? (HttpStatusCode.ServiceUnavailable, null) : null;
        await using var rig = SchedulerRig.Create(store, clock, connector);
        await SchedulerRig.SeedAsync(store, SchedulerRig.KeyOf("fay"), SchedulerRig.Person("fay", "Europe/London", new TimeOnly(8, 0)), Seven);

        await rig.RunMinutesAsync(Seven.AddHours(4));

        // Failed at 08:00 and at 08:02 (retry after a minute), sent at 08:05 (after two).
        var sent = Assert.Single(connector.Sent);
        Assert.Equal(Seven.AddHours(1).AddMinutes(5), sent.At);
    }

    [Fact]
    public async Task A_failure_that_lasts_past_the_grace_window_gives_up_for_the_day()
    {
        var clock = new FakeTimeProvider(Seven);
        var store = new MemoryStore();
        var connector = new RecordingConnector(clock) { Refuse = _ => (HttpStatusCode.TooManyRequests, null) };
        await using var rig = SchedulerRig.Create(store, clock, connector);
        await SchedulerRig.SeedAsync(store, SchedulerRig.KeyOf("gus"), SchedulerRig.Person("gus", "Europe/London", new TimeOnly(8, 0)), Seven);

        await rig.RunMinutesAsync(Seven.AddHours(6));
        connector.Refuse = null;
        await rig.RunMinutesAsync(Seven.AddDays(1).AddHours(2));

        var sent = Assert.Single(connector.Sent);
        Assert.Equal(Seven.AddDays(1).AddHours(1), sent.At);
    }

    [Fact]
    public async Task A_teams_user_without_a_personal_chat_gets_one_created_with_the_tenant_and_it_is_kept()
    {
        var clock = new FakeTimeProvider(Seven);
        var store = new MemoryStore();
        var connector = new RecordingConnector(clock);
        await using var rig = SchedulerRig.Create(store, clock, connector);
        var key = "users/msteams/29:abc";
        var person = SchedulerRig.Person("29:abc", "Europe/London", new TimeOnly(8, 0));
        person.ConversationReference!.ChannelId = "msteams";
        person.ConversationReference.ServiceUrl = "https://smba.trafficmanager.net/emea/";
        person.ConversationReference.Bot = new ChannelAccount { Id = "28:app" };
        person.ConversationReference.Conversation = new ConversationAccount { TenantId = "tenant-1" };
        await SchedulerRig.SeedAsync(store, key, person, Seven);

        await rig.RunMinutesAsync(Seven.AddDays(1).AddHours(2));

        var created = Assert.Single(connector.Created);
        Assert.False(created.IsGroup);
        Assert.Equal("tenant-1", created.TenantId);
        Assert.Equal("tenant-1", created.ChannelData!.Value.GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal("28:app", created.Bot!.Id);
        Assert.Equal("29:abc", Assert.Single(created.Members!).Id);
        Assert.Equal(2, connector.PerConversation["a:personal-29:abc"]);
        Assert.Equal(W["prompts.morning.text"], connector.Sent.First().Activity.Text);
        var stored = (await rig.Users.ReadAsync(key, TestContext.Current.CancellationToken))?.User;
        Assert.Equal("a:personal-29:abc", stored!.ConversationReference!.Conversation!.Id);
        Assert.Equal("tenant-1", stored.ConversationReference.Conversation.TenantId);
    }
}
