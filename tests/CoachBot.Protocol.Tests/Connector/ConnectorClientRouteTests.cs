using System.Net;
using System.Text.Json;
using CoachBot.Protocol.Connector;
using CoachBot.Protocol.Schema;

namespace CoachBot.Protocol.Tests.Connector;

public sealed class ConnectorClientRouteTests
{
    private const string TeamsConversationId = "a:1xyz;messageid=1";
    private const string EscapedTeamsConversationId = "a%3A1xyz%3Bmessageid%3D1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_reply_posts_to_the_reply_route_with_each_id_escaped_as_one_segment()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url);
        var reply = ConnectorTestHost.ReplyOn(connector.Url, conversationId: "a:1xyz/b;messageid=1", replyToId: "f:9/8;x");

        await host.Client.ReplyToActivityAsync(reply, Ct);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/a%3A1xyz%2Fb%3Bmessageid%3D1/activities/f%3A9%2F8%3Bx", request.RawTarget);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
    }

    [Fact]
    public async Task A_reply_leaves_id_and_timestamp_to_the_channel()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url);
        var reply = ConnectorTestHost.ReplyOn(connector.Url, text: "Good morning");
        reply.Id = "should-not-travel";
        reply.Timestamp = DateTimeOffset.UnixEpoch;

        await host.Client.ReplyToActivityAsync(reply, Ct);

        using var body = JsonDocument.Parse(Assert.Single(connector.Requests).Body);
        Assert.False(body.RootElement.TryGetProperty("id", out _));
        Assert.False(body.RootElement.TryGetProperty("timestamp", out _));
        Assert.Equal("Good morning", body.RootElement.GetProperty("text").GetString());
        Assert.Equal("1700000000001", body.RootElement.GetProperty("replyToId").GetString());
        Assert.Equal(TeamsConversationId, body.RootElement.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("should-not-travel", reply.Id);
    }

    [Fact]
    public async Task An_activity_without_reply_to_id_goes_to_the_send_route()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url);
        var typing = ConnectorTestHost.ReplyOn(connector.Url);
        typing.ReplyToId = null;
        typing.Type = ActivityTypes.Typing;
        typing.Text = null;
        typing.TextFormat = null;

        var response = await host.Client.ReplyToActivityAsync(typing, Ct);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedTeamsConversationId}/activities", request.RawTarget);
        Assert.Equal("activity-1", response.Id);
    }

    [Fact]
    public async Task A_service_url_with_a_path_and_no_trailing_slash_keeps_its_path()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        var regional = connector.Url + "amer";
        await using var host = ConnectorTestHost.Create(connector.Url);

        await host.Client.SendToConversationAsync(ConnectorTestHost.ReplyOn(regional), Ct);

        var request = Assert.Single(connector.Requests);
        Assert.Equal($"/amer/v3/conversations/{EscapedTeamsConversationId}/activities", request.RawTarget);
        Assert.Equal("Bearer token-1", request.Authorization);
    }

    [Fact]
    public async Task Create_conversation_posts_the_parameters_and_returns_the_new_ids()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url);
        connector.Enqueue(201, """{"id":"a:new-chat","activityId":"act-7","serviceUrl":"https://smba.trafficmanager.net/emea/"}""");
        var tenant = JsonDocument.Parse("""{"tenant":{"id":"tenant-1"}}""").RootElement.Clone();

        var created = await host.Client.CreateConversationAsync(connector.Url, new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:" + ConnectorTestHost.AppId },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tenant-1",
            ChannelData = tenant,
        }, Ct);

        Assert.Equal(new ConversationResourceResponse("a:new-chat", "act-7", "https://smba.trafficmanager.net/emea/"), created);
        var request = Assert.Single(connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations", request.RawTarget);
        Assert.Equal("Bearer token-1", request.Authorization);
        using var body = JsonDocument.Parse(request.Body);
        Assert.False(body.RootElement.GetProperty("isGroup").GetBoolean());
        Assert.Equal("28:" + ConnectorTestHost.AppId, body.RootElement.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal("29:user", body.RootElement.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("tenant-1", body.RootElement.GetProperty("tenantId").GetString());
        Assert.Equal("tenant-1", body.RootElement.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Update_puts_the_activity_on_its_own_route()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url);
        var update = ConnectorTestHost.ReplyOn(connector.Url, text: "edited");
        update.Id = "1:msg/7";

        var response = await host.Client.UpdateActivityAsync(update, Ct);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedTeamsConversationId}/activities/1%3Amsg%2F7", request.RawTarget);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("edited", body.RootElement.GetProperty("text").GetString());
        Assert.Equal("activity-1", response.Id);
    }

    [Fact]
    public async Task Delete_sends_a_delete_on_the_activity_route()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url);
        connector.Enqueue(200);

        await host.Client.DeleteActivityAsync(connector.Url, TeamsConversationId, "1:msg", Ct);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedTeamsConversationId}/activities/1%3Amsg", request.RawTarget);
        Assert.Equal("Bearer token-1", request.Authorization);
    }

    [Fact]
    public async Task An_update_the_channel_does_not_support_surfaces_as_405()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url);
        connector.Enqueue(405, """{"error":{"code":"BadSyntax","message":"Update is not supported"}}""");
        var update = ConnectorTestHost.ReplyOn(connector.Url);
        update.Id = "1";

        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.UpdateActivityAsync(update, Ct));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, error.StatusCode);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task An_error_body_becomes_a_connector_exception_with_its_code_and_correlation_id()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url);
        connector.Enqueue(
            403,
            """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot.","innerHttpError":{"statusCode":403}}}""",
            ("X-Correlating-OperationId", "corr-42"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(connector.Url), Ct));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("ConversationBlockedByUser", error.ErrorCode);
        Assert.Equal("corr-42", error.CorrelationId);
        Assert.DoesNotContain("User blocked", error.Message, StringComparison.Ordinal);
        var logged = Assert.Single(host.Logs.Entries, entry => entry.EventId.Id == 1102);
        Assert.Contains("ConversationBlockedByUser", logged.Text, StringComparison.Ordinal);
        Assert.Contains("corr-42", logged.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("User blocked", logged.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_without_a_json_body_still_carries_its_status()
    {
        await using var connector = await FakeConnector.StartAsync(Ct);
        await using var host = ConnectorTestHost.Create(connector.Url);
        connector.Enqueue(404, "<html>not here</html>");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => host.Client.ReplyToActivityAsync(ConnectorTestHost.ReplyOn(connector.Url), Ct));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Null(error.ErrorCode);
    }

    [Fact]
    public async Task An_activity_without_a_service_url_is_refused_before_any_request()
    {
        await using var host = ConnectorTestHost.Create(trustedServiceUrl: null);
        var reply = ConnectorTestHost.ReplyOn("https://smba.trafficmanager.net/amer/");
        reply.ServiceUrl = null;

        await Assert.ThrowsAsync<ArgumentException>(() => host.Client.ReplyToActivityAsync(reply, Ct));
        Assert.Equal(0, host.Tokens.TokenRequests);
    }
}
