using System.Globalization;
using System.Net;
using System.Text.Json;
using CoachBot.Coaching.State;
using CoachBot.Protocol.Schema;
using CoachBot.Web.Tests.Support;

namespace CoachBot.Web.Tests.Teams;

/// <summary>
/// One person in Teams, in their personal chat with the bot: activities shaped as Teams sends them (a <c>29:</c> id with
/// an <c>aadObjectId</c>, an <c>a:</c> conversation of type <c>personal</c>, the tenant in <c>channelData</c> only, a
/// <c>clientInfo</c> entity, an HTML copy of each message) and what Teams took from the bot in reply.
/// </summary>
internal sealed class TeamsUser(TeamsHost host, string name, string? clientTimeZone = "Europe/Berlin", string? localTimezone = null)
{
    private int _messages;

    public string UserId { get; } = "29:1" + name + "-" + Guid.NewGuid().ToString("N")[..16];

    public string AadObjectId { get; } = Guid.NewGuid().ToString();

    public string ConversationId { get; } = "a:1" + Guid.NewGuid().ToString("N");

    /// <summary><c>installationUpdate</c> with <c>add</c> or <c>remove</c>; Teams sends the add with a <c>conversationUpdate</c> naming the bot.</summary>
    public Activity Installation(string action)
    {
        var activity = Base(ActivityTypes.InstallationUpdate, "f:" + Guid.NewGuid().ToString("N"));
        activity.Action = action;
        return activity;
    }

    public Activity BotAdded()
    {
        var activity = Base(ActivityTypes.ConversationUpdate, "f:" + Guid.NewGuid().ToString("N"));
        activity.MembersAdded = [new ChannelAccount { Id = TeamsHost.BotId }];
        return activity;
    }

    public Activity Message(string text)
    {
        var activity = Base(ActivityTypes.Message, NextMessageId());
        activity.Text = text;
        activity.TextFormat = "plain";
        activity.Attachments = [new Attachment { ContentType = "text/html", Content = JsonSerializer.SerializeToElement("<p>" + WebUtility.HtmlEncode(text) + "</p>") }];
        return activity;
    }

    /// <summary>"@CoachBot text": the mention marked up in the text and described in a <c>mention</c> entity.</summary>
    public Activity Mentioning(string text)
    {
        var markup = "<at>" + TeamsHost.BotName + "</at>";
        var activity = Message(markup + " " + text);
        activity.Entities =
        [
            .. activity.Entities ?? [],
            JsonSerializer.SerializeToElement(new { type = "mention", text = markup, mentioned = new { id = TeamsHost.BotId, name = TeamsHost.BotName } }),
        ];
        return activity;
    }

    /// <summary>
    /// An Adaptive Card's <c>Action.Submit</c> as Teams sends it: a message without text, replying to the card, whose
    /// <c>value</c> is the action's data merged with the inputs, every input a string.
    /// </summary>
    public Activity Submit(IReadOnlyDictionary<string, string> value, string cardActivityId)
    {
        var activity = Base(ActivityTypes.Message, NextMessageId());
        activity.ReplyToId = cardActivityId;
        activity.Value = JsonSerializer.SerializeToElement(value);
        return activity;
    }

    /// <summary>Posts an activity and returns the replies Teams took for it.</summary>
    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        Assert.Equal(HttpStatusCode.OK, await host.PostAsync(activity));
        return host.Connector.RepliesTo(activity.Id!);
    }

    public async Task<IReadOnlyList<string?>> SayAsync(string text) => [.. (await SendAsync(Message(text))).Select(a => a.Text)];

    /// <summary>Installs the app as Teams does: the installation, then the bot joining the chat.</summary>
    public async Task<IReadOnlyList<Activity>> InstallAsync()
    {
        var replies = await SendAsync(Installation("add"));
        Assert.Empty(await SendAsync(BotAdded()));
        return replies;
    }

    public Task<UserData?> ReadStateAsync() => Chat.ReadUserAsync(host.Store, "msteams", UserId);

    private Activity Base(string type, string id)
    {
        var now = host.Clock.GetUtcNow();
        var activity = new Activity
        {
            Type = type,
            Id = id,
            Timestamp = now,
            ChannelId = "msteams",
            ServiceUrl = host.Connector.ServiceUrl,
            From = new ChannelAccount { Id = UserId, Name = "Ada Example", AadObjectId = AadObjectId },
            Recipient = new ChannelAccount { Id = TeamsHost.BotId, Name = TeamsHost.BotName },
            Conversation = new ConversationAccount { Id = ConversationId, ConversationType = "personal" },
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = TeamsHost.TenantId } }),
            Locale = "en-GB",
            LocalTimezone = localTimezone,
        };
        if (clientTimeZone is not null)
        {
            activity.Entities = [JsonSerializer.SerializeToElement(new { type = "clientInfo", locale = "en-GB", country = "DE", platform = "Web", timezone = clientTimeZone })];
        }

        if (localTimezone is not null && FindZone(localTimezone) is { } zone)
        {
            activity.LocalTimestamp = TimeZoneInfo.ConvertTime(now, zone);
        }

        return activity;
    }

    private static TimeZoneInfo? FindZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;

    /// <summary>Teams message ids are millisecond timestamps; unique within the conversation is what matters.</summary>
    private string NextMessageId() =>
        (host.Clock.GetUtcNow().ToUnixTimeMilliseconds() + Interlocked.Increment(ref _messages)).ToString(CultureInfo.InvariantCulture);
}
