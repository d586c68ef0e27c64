using CoachBot.Coaching.State;
using CoachBot.Protocol.Connector;
using CoachBot.Protocol.Schema;
using CoachBot.Web.Tests.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Web.Tests.Teams;

/// <summary>Calls to Teams other than replies: the personal chat created for a prompt (PROTOCOL.md §2.4), updates and deletes.</summary>
public sealed class TeamsOutboundTests : IAsyncDisposable
{
    // 07:30 in Berlin on a Wednesday; 08:00 there is 07:00 UTC.
    private static readonly DateTimeOffset HalfPastSevenInBerlin = new(2026, 11, 25, 6, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset EightInBerlin = new(2026, 11, 25, 7, 0, 0, TimeSpan.Zero);

    private TeamsHost? _host;

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_person_known_by_id_and_tenant_only_gets_their_personal_chat_created_then_the_prompt()
    {
        _host = await TeamsHost.StartAsync(HalfPastSevenInBerlin);
        var userId = "29:1" + Guid.NewGuid().ToString("N");
        var key = "users/msteams/" + userId;
        await SchedulerRig.SeedAsync(_host.Store, key, PersonWithoutChat(userId), HalfPastSevenInBerlin);

        Assert.Equal(1, (await _host.TickAtAsync(EightInBerlin)).Sent);

        var create = Assert.Single(_host.Connector.Accepted, c => c.Operation == "create");
        var parameters = create.Parameters!;
        Assert.False(parameters.IsGroup);
        Assert.Equal(TeamsHost.BotId, parameters.Bot!.Id);
        Assert.Equal(userId, Assert.Single(parameters.Members!).Id);
        Assert.Equal(TeamsHost.TenantId, parameters.TenantId);
        Assert.Equal(TeamsHost.TenantId, parameters.ChannelData!.Value.GetProperty("tenant").GetProperty("id").GetString());
        var prompt = Assert.Single(_host.Connector.Accepted, c => c.Operation == "send");
        Assert.Equal(create.ResponseId, prompt.ConversationId);
        Assert.Equal(userId, prompt.Activity!.Recipient!.Id);
        var stored = await Support.Chat.ReadUserAsync(_host.Store, "msteams", userId);
        Assert.Equal(create.ResponseId, stored!.ConversationReference!.Conversation!.Id);
        TeamsConversationTests.AssertEveryCallCarriedTheBotsToken(_host);
    }

    [Fact]
    public async Task An_update_and_a_delete_reach_the_activity_on_their_own_routes_with_the_token()
    {
        _host = await TeamsHost.StartAsync(HalfPastSevenInBerlin);
        var connector = _host.Services.GetRequiredService<IConnectorClient>();
        const string ConversationId = "a:1xyz;messageid=1764000000001";
        const string ActivityId = "1764000000002";
        var edited = new Activity
        {
            Type = ActivityTypes.Message,
            Id = ActivityId,
            ChannelId = "msteams",
            ServiceUrl = _host.Connector.ServiceUrl,
            Conversation = new ConversationAccount { Id = ConversationId, ConversationType = "personal", TenantId = TeamsHost.TenantId },
            From = new ChannelAccount { Id = TeamsHost.BotId },
            Text = "edited",
        };

        await connector.UpdateActivityAsync(edited, TestContext.Current.CancellationToken);
        await connector.DeleteActivityAsync(_host.Connector.ServiceUrl, ConversationId, ActivityId, TestContext.Current.CancellationToken);

        Assert.Equal(
            [("update", ConversationId, ActivityId, "edited"), ("delete", ConversationId, ActivityId, null)],
            _host.Connector.Calls.Select(c => (c.Operation, c.ConversationId, c.ActivityId, c.Activity?.Text)));
        TeamsConversationTests.AssertEveryCallCarriedTheBotsToken(_host);
    }

    /// <summary>Onboarded for an 08:00 Berlin check-in; the stored reference names the person, the bot and the tenant, but no chat yet.</summary>
    private UserData PersonWithoutChat(string userId) => new()
    {
        FirstSeen = HalfPastSevenInBerlin.AddDays(-3),
        Profile = new UserProfile
        {
            TimeZoneId = "Europe/Berlin",
            CheckInTime = new TimeOnly(8, 0),
            DiaryConsent = true,
            OnboardedAt = HalfPastSevenInBerlin.AddDays(-3),
        },
        ConversationReference = new ConversationReference
        {
            ChannelId = "msteams",
            ServiceUrl = _host!.Connector.ServiceUrl,
            Conversation = new ConversationAccount { ConversationType = "personal", TenantId = TeamsHost.TenantId },
            User = new ChannelAccount { Id = userId, AadObjectId = Guid.NewGuid().ToString() },
            Bot = new ChannelAccount { Id = TeamsHost.BotId, Name = TeamsHost.BotName },
        },
    };
}
