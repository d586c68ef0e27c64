using System.Net;
using System.Text;
using System.Text.Json;

namespace CoachBot.Web.Tests.WebChannel;

/// <summary>The Connector API at the channel's serviceUrl: how the bot's replies, proactive prompts, updates and deletes reach the page.</summary>
public sealed class ConnectorRouteTests
{
    [Fact]
    public async Task A_proactive_message_sent_through_the_connector_routes_reaches_a_poll()
    {
        await using var host = WebChannelHost.Start();
        var (session, greeted) = await host.DirectLine.StartGreetedAsync();

        using var sent = await PostJsonAsync(host, $"webchannel/v3/conversations/{session.ConversationId}/activities", BotMessage("Good morning. How did you sleep?"));
        var page = await host.DirectLine.PollAsync(session.Token, session.ConversationId, greeted.WatermarkText);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var id = (await DirectLineTestClient.ReadAsync(sent)).GetProperty("id").GetString();
        var prompt = Assert.Single(page.Activities);
        Assert.Equal(id, prompt.GetProperty("id").GetString());
        Assert.Equal($"{session.ConversationId}|{greeted.Activities.Count + 1:D7}", id);
        Assert.Equal("Good morning. How did you sleep?", prompt.GetProperty("text").GetString());
        Assert.Equal("plain", prompt.GetProperty("textFormat").GetString());
        Assert.Equal("webchat", prompt.GetProperty("channelId").GetString());
        Assert.Equal(JsonValueKind.String, prompt.GetProperty("timestamp").ValueKind);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task A_reply_route_sets_the_reply_to_id()
    {
        await using var host = WebChannelHost.Start();
        var (session, greeting) = await host.DirectLine.StartGreetedAsync();
        var greetingId = session.ConversationId + "|0000001";

        using var sent = await PostJsonAsync(host, $"webchannel/v3/conversations/{session.ConversationId}/activities/{Uri.EscapeDataString(greetingId)}", BotMessage("A reply"));
        var page = await host.DirectLine.PollAsync(session.Token, session.ConversationId, greeting.WatermarkText);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(greetingId, Assert.Single(page.Activities).GetProperty("replyToId").GetString());
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task The_bot_can_update_and_delete_what_it_sent()
    {
        await using var host = WebChannelHost.Start();
        var session = await host.DirectLine.StartNewAsync();
        using var sent = await PostJsonAsync(host, $"webchannel/v3/conversations/{session.ConversationId}/activities", BotMessage("Draft"));
        var id = (await DirectLineTestClient.ReadAsync(sent)).GetProperty("id").GetString()!;
        var route = $"webchannel/v3/conversations/{session.ConversationId}/activities/{Uri.EscapeDataString(id)}";
        var seen = await host.DirectLine.PollAsync(session.Token, session.ConversationId);

        using var updated = await SendJsonAsync(host, HttpMethod.Put, route, BotMessage("Final"));
        var afterUpdate = await host.DirectLine.PollAsync(session.Token, session.ConversationId, seen.WatermarkText);
        using var deleted = await host.Client.DeleteAsync(route, TestContext.Current.CancellationToken);
        using var deletedAgain = await host.Client.DeleteAsync(route, TestContext.Current.CancellationToken);
        var history = await host.DirectLine.PollAsync(session.Token, session.ConversationId);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var update = Assert.Single(afterUpdate.Activities);
        Assert.Equal(id, update.GetProperty("id").GetString());
        Assert.Equal("Final", update.GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deletedAgain.StatusCode);
        Assert.DoesNotContain(history.Activities, a => a.GetProperty("id").GetString() == id);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task The_bot_can_open_a_conversation_and_send_into_it()
    {
        await using var host = WebChannelHost.Start();
        var body = """{"isGroup":false,"bot":{"id":"coachbot"},"members":[{"id":"dl_someone"}],"activity":{"type":"message","text":"Hello"}}""";

        using var created = await PostJsonAsync(host, "webchannel/v3/conversations", body);
        var answer = await DirectLineTestClient.ReadAsync(created);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var conversationId = answer.GetProperty("id").GetString()!;
        Assert.Equal(conversationId + "|0000001", answer.GetProperty("activityId").GetString());
        Assert.StartsWith(host.BaseAddress.ToString(), answer.GetProperty("serviceUrl").GetString(), StringComparison.Ordinal);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task Connector_calls_for_an_unknown_conversation_or_activity_are_404()
    {
        await using var host = WebChannelHost.Start();
        var session = await host.DirectLine.StartNewAsync();

        using var unknownConversation = await PostJsonAsync(host, "webchannel/v3/conversations/nobody-here/activities", BotMessage("Hello"));
        using var oddConversation = await PostJsonAsync(host, "webchannel/v3/conversations/..%2F..%2Fsecrets/activities", BotMessage("Hello"));
        using var unknownActivity = await SendJsonAsync(host, HttpMethod.Put, $"webchannel/v3/conversations/{session.ConversationId}/activities/nope", BotMessage("Hello"));

        Assert.Equal(HttpStatusCode.NotFound, unknownConversation.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, oddConversation.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownActivity.StatusCode);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task Malformed_or_oversized_bot_activities_are_refused_with_4xx()
    {
        await using var host = WebChannelHost.Start();
        var session = await host.DirectLine.StartNewAsync();
        var route = $"webchannel/v3/conversations/{session.ConversationId}/activities";

        using var malformed = await PostJsonAsync(host, route, "{oops");
        using var oversized = await PostJsonAsync(host, route, BotMessage(new string('z', 300 * 1024)));
        using var noMembers = await PostJsonAsync(host, "webchannel/v3/conversations", """{"members":[]}""");

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, oversized.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noMembers.StatusCode);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task Connector_calls_relayed_by_a_proxy_are_refused()
    {
        await using var host = WebChannelHost.Start();
        var session = await host.DirectLine.StartNewAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"webchannel/v3/conversations/{session.ConversationId}/activities")
        {
            Content = new StringContent(BotMessage("Injected"), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        using var response = await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var page = await host.DirectLine.PollAsync(session.Token, session.ConversationId);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Injected", page.Texts);
        host.AssertNoServerErrors();
    }

    [Fact]
    public async Task The_bots_typing_is_acknowledged_but_not_kept()
    {
        await using var host = WebChannelHost.Start();
        var (session, greeting) = await host.DirectLine.StartGreetedAsync();

        using var typing = await PostJsonAsync(host, $"webchannel/v3/conversations/{session.ConversationId}/activities", """{"type":"typing"}""");
        var page = await host.DirectLine.PollAsync(session.Token, session.ConversationId, greeting.WatermarkText);

        Assert.Equal(HttpStatusCode.OK, typing.StatusCode);
        Assert.Empty(page.Activities);
        host.AssertNoServerErrors();
    }

    private static string BotMessage(string text) => JsonSerializer.Serialize(new
    {
        type = "message",
        text,
        textFormat = "plain",
        from = new { id = "coachbot", name = "CoachBot" },
    });

    private static Task<HttpResponseMessage> PostJsonAsync(WebChannelHost host, string path, string json) =>
        SendJsonAsync(host, HttpMethod.Post, path, json);

    private static async Task<HttpResponseMessage> SendJsonAsync(WebChannelHost host, HttpMethod method, string path, string json)
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        return await host.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
