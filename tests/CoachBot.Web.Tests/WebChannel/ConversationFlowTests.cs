using System.Globalization;
using System.Net;
using System.Text.Json;
using CoachBot.Web.Tests.Support;

namespace CoachBot.Web.Tests.WebChannel;

/// <summary>A web conversation end to end at the HTTP level: Direct Line in, the real bot over /api/messages, its replies back through the Connector routes.</summary>
public sealed class ConversationFlowTests
{
    [Fact]
    public async Task Starting_a_conversation_lets_the_bot_greet()
    {
        await using var host = WebChannelHost.Start();
        var session = await host.DirectLine.StartNewAsync();

        var page = await host.DirectLine.PollAsync(session.Token, session.ConversationId);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var welcome = page.Activities[0];
        Assert.Equal(Words.Messages["welcome"], welcome.GetProperty("text").GetString());
        Assert.Equal(session.ConversationId + "|0000001", welcome.GetProperty("id").GetString());
        Assert.All(page.Activities, activity =>
        {
            Assert.Equal("bot", activity.GetProperty("from").GetProperty("role").GetString());
            Assert.Equal("webchat", activity.GetProperty("channelId").GetString());
            Assert.Equal(session.ConversationId, activity.GetProperty("conversation").GetProperty("id").GetString());
            AssertIsoTimestamp(activity);
        });
        Assert.Equal(page.Activities.Count.ToString(CultureInfo.InvariantCulture), page.WatermarkText);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task A_message_is_echoed_with_its_client_activity_id_and_then_answered()
    {
        await using var host = WebChannelHost.Start();
        var (session, greeting) = await host.DirectLine.StartGreetedAsync();

        using var sent = await host.DirectLine.SendMessageAsync(session, "help", "client-7");
        var page = await host.DirectLine.PollAsync(session.Token, session.ConversationId, greeting.WatermarkText);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var sentId = (await DirectLineTestClient.ReadAsync(sent)).GetProperty("id").GetString();
        var echo = page.Activities[0];
        Assert.Equal(sentId, echo.GetProperty("id").GetString());
        Assert.Equal($"{session.ConversationId}|{greeting.Activities.Count + 1:D7}", sentId);
        Assert.Equal("help", echo.GetProperty("text").GetString());
        Assert.Equal("client-7", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal(session.UserId, echo.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("Europe/Berlin", echo.GetProperty("localTimezone").GetString());
        AssertIsoTimestamp(echo);
        var answer = Assert.Single(page.Activities, a => a.TryGetProperty("text", out var t) && t.GetString() == Words.Messages["help"]);
        Assert.Equal(sentId, answer.GetProperty("replyToId").GetString());
        Assert.Equal((greeting.Activities.Count + page.Activities.Count).ToString(CultureInfo.InvariantCulture), page.WatermarkText);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task The_body_cannot_speak_for_another_user_or_conversation()
    {
        await using var host = WebChannelHost.Start();
        var (session, greeting) = await host.DirectLine.StartGreetedAsync();
        var body = JsonSerializer.Serialize(new
        {
            type = "message",
            text = "help",
            from = new { id = "someone-else", role = "user" },
            conversation = new { id = "another-conversation" },
            serviceUrl = "https://attacker.example/",
            deliveryMode = "expectReplies",
        });

        using var sent = await host.DirectLine.PostActivityAsync(session.Token, session.ConversationId, body);
        var page = await host.DirectLine.PollAsync(session.Token, session.ConversationId, greeting.WatermarkText);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var echo = page.Activities[0];
        Assert.Equal(session.UserId, echo.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(session.ConversationId, echo.GetProperty("conversation").GetProperty("id").GetString());
        Assert.StartsWith(host.BaseAddress.ToString(), echo.GetProperty("serviceUrl").GetString(), StringComparison.Ordinal);
        Assert.False(echo.TryGetProperty("deliveryMode", out _));
        Assert.Contains(Words.Messages["help"], page.Texts);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task Reconnecting_replays_the_history_and_does_not_greet_again()
    {
        await using var host = WebChannelHost.Start();
        var session = await host.DirectLine.StartNewAsync();
        using (await host.DirectLine.SendMessageAsync(session, "help"))
        {
        }

        using var again = await host.DirectLine.StartAsync(session.Token);
        using var reconnected = await host.DirectLine.ReconnectAsync(session.Token, session.ConversationId);
        var history = await host.DirectLine.PollAsync(session.Token, session.ConversationId);

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reconnected.StatusCode);
        Assert.Equal(session.ConversationId, (await DirectLineTestClient.ReadAsync(reconnected)).GetProperty("conversationId").GetString());
        AssertOneGreetingThenHelp(history);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task The_conversation_survives_a_restart_and_the_browser_resumes_it()
    {
        var data = Directory.CreateTempSubdirectory("coachbot-webchannel-restart-").FullName;
        try
        {
            PageSession first;
            await using (var before = WebChannelHost.Start(f => f.With("Storage:File:Directory", Path.Combine(data, "state"))))
            {
                first = await before.DirectLine.StartNewAsync();
                using (await before.DirectLine.SendMessageAsync(first, "help"))
                {
                }

                before.AssertNoServerErrors();
            }

            await using var after = WebChannelHost.Start(f => f.With("Storage:File:Directory", Path.Combine(data, "state")));
            var resumed = await after.DirectLine.GetSessionAsync(first.Resume);
            var history = await after.DirectLine.PollAsync(resumed.Token, resumed.ConversationId);

            Assert.True(resumed.Resumed);
            Assert.Equal(first.ConversationId, resumed.ConversationId);
            Assert.Equal(first.UserId, resumed.UserId);
            AssertOneGreetingThenHelp(history);
            after.AssertNoServerErrors();
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>The history a page replays: the welcome once, first, then the user's "help" and its answer.</summary>
    private static void AssertOneGreetingThenHelp(ActivityPage history)
    {
        var texts = history.Texts;
        Assert.Equal(Words.Messages["welcome"], texts[0]);
        Assert.Single(texts, t => t == Words.Messages["welcome"]);
        Assert.True(texts.IndexOf("help") < texts.IndexOf(Words.Messages["help"]), string.Join(" / ", texts));
        Assert.Contains("help", texts);
    }

    private static void AssertIsoTimestamp(JsonElement activity)
    {
        var timestamp = activity.GetProperty("timestamp");
        Assert.Equal(JsonValueKind.String, timestamp.ValueKind);
        Assert.True(DateTimeOffset.TryParseExact(timestamp.GetString(), "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _), timestamp.GetString());
    }
}
