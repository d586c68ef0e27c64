using System.Net.Http.Json;
using System.Text.Json;
using CoachBot.Protocol.Schema;

namespace CoachBot.Web.Tests.Support;

/// <summary>Builds inbound activities as a channel sends them, and posts them.</summary>
public static class Activities
{
    public const string DeadServiceUrl = "http://127.0.0.1:1/";

    public static Activity Message(string conversationId, string text, string? id = null, string userId = "user-1", string serviceUrl = DeadServiceUrl, bool expectReplies = true) => new()
    {
        Type = ActivityTypes.Message,
        Id = id ?? Guid.NewGuid().ToString("N"),
        Timestamp = DateTimeOffset.UtcNow,
        ChannelId = "test",
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = userId, Role = "user" },
        Recipient = new ChannelAccount { Id = "coachbot", Role = "bot" },
        Text = text,
        Locale = "en-GB",
        DeliveryMode = expectReplies ? DeliveryModes.ExpectReplies : null,
    };

    public static Activity MembersAdded(string conversationId, string userId = "user-1") => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "test",
        ServiceUrl = DeadServiceUrl,
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = userId },
        Recipient = new ChannelAccount { Id = "coachbot" },
        MembersAdded = [new ChannelAccount { Id = userId }, new ChannelAccount { Id = "coachbot" }],
        DeliveryMode = DeliveryModes.ExpectReplies,
    };

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, Activity activity, CancellationToken cancellationToken) =>
        client.PostAsJsonAsync("/api/messages", activity, ProtocolJson.Default.Activity, cancellationToken);

    /// <summary>Posts with expectReplies and returns the texts of the replies.</summary>
    public static async Task<IReadOnlyList<string>> ExchangeAsync(this HttpClient client, Activity activity, CancellationToken cancellationToken)
    {
        var replies = await client.ExchangeRawAsync(activity, cancellationToken);
        return [.. replies.Select(a => a.Text ?? string.Empty)];
    }

    /// <summary>Posts with expectReplies and returns the reply activities.</summary>
    public static async Task<IReadOnlyList<Activity>> ExchangeRawAsync(this HttpClient client, Activity activity, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsync(activity, cancellationToken);
        response.EnsureSuccessStatusCode();
        var replies = await response.Content.ReadFromJsonAsync(ProtocolJson.Default.ExpectedReplies, cancellationToken);

        // Every reply of every conversation test passes the tone rules of COACHING.md §5.
        CoachBot.Testing.Tone.ToneAssert.FollowsToneRules(replies!.Activities.Select(a => a.Text));
        return replies.Activities;
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
