using System.Text.Json;
using CoachBot.Coaching.State;
using CoachBot.Protocol.Schema;
using CoachBot.Storage;

namespace CoachBot.Web.Tests.Support;

/// <summary>One person's conversation with the bot over HTTP (expectReplies), read like a transcript.</summary>
public sealed class Chat(HttpClient client, string conversationId, string userId = "user-1", string channelId = "test", string? localTimezone = null)
{
    private int _turn;

    public string ConversationId => conversationId;

    public string UserId => userId;

    public List<string> Transcript { get; } = [];

    public Task<IReadOnlyList<string>> SayAsync(string text) => SendAsync(Message(text));

    /// <summary>Sends a card submit as Teams and Web Chat send it: no text, the inputs in <c>value</c>.</summary>
    public Task<IReadOnlyList<string>> SubmitAsync(object value)
    {
        var activity = Message(null);
        activity.Value = JsonSerializer.SerializeToElement(value);
        return SendAsync(activity);
    }

    public async Task<IReadOnlyList<string>> SendAsync(Activity activity)
    {
        var replies = await Activities.ExchangeRawAsync(client, activity, TestContext.Current.CancellationToken);
        Transcript.Add("> " + (activity.Text ?? "(card)"));
        Transcript.AddRange(replies.Select(r => r.Text ?? "(attachment)"));
        LastReplies = replies;
        return [.. replies.Select(r => r.Text ?? string.Empty)];
    }

    public IReadOnlyList<Activity> LastReplies { get; private set; } = [];

    public Activity Message(string? text)
    {
        var activity = Activities.Message(conversationId, text ?? string.Empty, id: $"{conversationId}-{++_turn}", userId: userId);
        activity.Text = text;
        activity.ChannelId = channelId;
        activity.LocalTimezone = localTimezone;
        return activity;
    }

    /// <summary>Makes the person known: onboarded, with a time zone and diary consent, as if onboarding had run.</summary>
    public static async Task SeedOnboardedUserAsync(IStore store, string channelId, string userId, string timeZoneId = "Europe/London", bool consent = true)
    {
        var user = new UserData
        {
            FirstSeen = DateTimeOffset.Parse("2026-11-01T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            Profile = new UserProfile { TimeZoneId = timeZoneId, CheckInTime = new TimeOnly(8, 0), DiaryConsent = consent, OnboardedAt = DateTimeOffset.Parse("2026-11-01T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture) },
        };
        var data = JsonSerializer.SerializeToUtf8Bytes(user, CoachingJson.Default.UserData);
        var document = new byte[data.Length + 9];
        "{\"data\":"u8.CopyTo(document);
        data.CopyTo(document, 8);
        document[^1] = (byte)'}';
        await store.WriteAsync($"users/{channelId}/{userId}", document, WriteCondition.Any, TestContext.Current.CancellationToken);
    }

    public static async Task<UserData?> ReadUserAsync(IStore store, string channelId, string userId)
    {
        var item = await store.ReadAsync($"users/{channelId}/{userId}", TestContext.Current.CancellationToken);
        if (item is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(item.Value);
        return document.RootElement.GetProperty("data").Deserialize(CoachingJson.Default.UserData);
    }
}
