using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CoachBot.Web.Tests.WebChannel;

/// <summary>Speaks to the channel as Web Chat does (WEBCHAT.md §3), with raw JSON so tests see the wire.</summary>
public sealed class DirectLineTestClient(HttpClient client)
{
    public async Task<PageSession> GetSessionAsync(string? resume = null, bool startOver = false, string? locale = null, string? timeZone = null)
    {
        var body = JsonSerializer.Serialize(new { resume, startOver, locale, timeZone });
        using var response = await client.PostAsync("api/webchat/token", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await ReadAsync(response);
        return new PageSession(
            json.GetProperty("token").GetString()!,
            json.GetProperty("userId").GetString()!,
            json.GetProperty("conversationId").GetString()!,
            json.GetProperty("resumed").GetBoolean(),
            json.GetProperty("resume").GetString()!,
            json.GetProperty("expiresIn").GetInt64(),
            json.GetProperty("pollingInterval").GetInt64());
    }

    /// <summary>A new page session whose conversation has started (the bot has been told, and has greeted).</summary>
    public async Task<PageSession> StartNewAsync()
    {
        var session = await GetSessionAsync();
        using var response = await StartAsync(session.Token);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return session;
    }

    /// <summary>A started session and the bot's greeting (the welcome, and whatever the bot asks next).</summary>
    public async Task<(PageSession Session, ActivityPage Greeting)> StartGreetedAsync()
    {
        var session = await StartNewAsync();
        var greeting = await PollAsync(session.Token, session.ConversationId);
        Assert.Equal(HttpStatusCode.OK, greeting.Status);
        Assert.NotEmpty(greeting.Activities);
        return (session, greeting);
    }

    public Task<HttpResponseMessage> StartAsync(string token) =>
        SendAsync(HttpMethod.Post, "v3/directline/conversations", token, """{"user":{"id":"ignored"}}""");

    public Task<HttpResponseMessage> ReconnectAsync(string token, string conversationId) =>
        SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}?watermark=", token);

    public Task<HttpResponseMessage> RefreshAsync(string token) =>
        SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", token);

    public Task<HttpResponseMessage> PollRawAsync(string? token, string conversationId, string? watermark = "") =>
        SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities?watermark={Uri.EscapeDataString(watermark ?? string.Empty)}", token);

    public async Task<ActivityPage> PollAsync(string token, string conversationId, string? watermark = "")
    {
        using var response = await PollRawAsync(token, conversationId, watermark);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return new ActivityPage(response.StatusCode, [], null);
        }

        var json = await ReadAsync(response);
        return new ActivityPage(response.StatusCode, [.. json.GetProperty("activities").EnumerateArray()], json.TryGetProperty("watermark", out var w) ? w : null);
    }

    public Task<HttpResponseMessage> PostActivityAsync(string? token, string conversationId, string json) =>
        SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token, json);

    /// <summary>A message as Web Chat 4.18.1 posts it (WEBCHAT.md §3.5).</summary>
    public Task<HttpResponseMessage> SendMessageAsync(PageSession session, string text, string? clientActivityId = null) =>
        PostActivityAsync(session.Token, session.ConversationId, MessageJson(session.UserId, text, clientActivityId ?? Guid.NewGuid().ToString("N")));

    public static string MessageJson(string userId, string text, string clientActivityId) => JsonSerializer.Serialize(new
    {
        type = "message",
        text,
        textFormat = "plain",
        channelId = "webchat",
        from = new { id = userId, name = string.Empty, role = "user" },
        locale = "en-US",
        localTimestamp = "2026-11-24T07:30:00+01:00",
        localTimezone = "Europe/Berlin",
        channelData = new { clientActivityID = clientActivityId },
    });

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
