using System.Net;

namespace CoachBot.Web.Tests.WebChannel;

/// <summary>What the channel sends to /api/messages, read by a recording bot: addressed like any channel's activity.</summary>
public sealed class ForwardingTests
{
    [Fact]
    public async Task A_new_conversation_tells_the_bot_who_joined_with_the_browsers_locale_and_time_zone()
    {
        await using var bot = await RecordingBot.StartAsync();
        await using var host = WebChannelHost.Start(f => f.With("LocalWebChannel:BotEndpoint", bot.Endpoint.ToString()));
        var session = await host.DirectLine.GetSessionAsync(locale: "en-GB", timeZone: "Europe/Berlin");

        using var started = await host.DirectLine.StartAsync(session.Token);
        using var again = await host.DirectLine.StartAsync(session.Token);

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var (update, authorization) = Assert.Single(bot.Received);
        Assert.Null(authorization);
        Assert.Equal("conversationUpdate", update.GetProperty("type").GetString());
        Assert.Equal("webchat", update.GetProperty("channelId").GetString());
        Assert.Equal(new Uri(host.BaseAddress, "/webchannel/").ToString(), update.GetProperty("serviceUrl").GetString());
        Assert.Equal(session.ConversationId, update.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Contains(update.GetProperty("membersAdded").EnumerateArray(), m => m.GetProperty("id").GetString() == session.UserId);
        Assert.Equal("en-GB", update.GetProperty("locale").GetString());
        Assert.Equal("Europe/Berlin", update.GetProperty("localTimezone").GetString());
        Assert.True(update.TryGetProperty("localTimestamp", out _));
        Assert.False(update.TryGetProperty("deliveryMode", out _));
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task A_time_zone_or_locale_the_server_does_not_know_is_left_out()
    {
        await using var bot = await RecordingBot.StartAsync();
        await using var host = WebChannelHost.Start(f => f.With("LocalWebChannel:BotEndpoint", bot.Endpoint.ToString()));
        var session = await host.DirectLine.GetSessionAsync(locale: "<script>", timeZone: "Mars/Olympus_Mons");

        using var started = await host.DirectLine.StartAsync(session.Token);

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var (update, _) = Assert.Single(bot.Received);
        Assert.False(update.TryGetProperty("locale", out _));
        Assert.False(update.TryGetProperty("localTimezone", out _));
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task A_message_is_forwarded_once_with_normal_delivery()
    {
        await using var bot = await RecordingBot.StartAsync();
        await using var host = WebChannelHost.Start(f => f.With("LocalWebChannel:BotEndpoint", bot.Endpoint.ToString()));
        var session = await host.DirectLine.StartNewAsync();

        using var sent = await host.DirectLine.SendMessageAsync(session, "7");

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var id = (await DirectLineTestClient.ReadAsync(sent)).GetProperty("id").GetString();
        var message = Assert.Single(bot.Received, r => r.Activity.GetProperty("type").GetString() == "message").Activity;
        Assert.Equal(id, message.GetProperty("id").GetString());
        Assert.Equal("7", message.GetProperty("text").GetString());
        Assert.Equal(session.UserId, message.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("bot", message.GetProperty("recipient").GetProperty("role").GetString());
        Assert.Equal("Europe/Berlin", message.GetProperty("localTimezone").GetString());
        Assert.False(message.TryGetProperty("deliveryMode", out _));
        host.AssertNoServerErrors();
    }
}
