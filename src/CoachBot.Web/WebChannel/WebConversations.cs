using System.Globalization;
using CoachBot.Protocol.Schema;

namespace CoachBot.Web.WebChannel;

/// <summary>
/// What the channel does with a conversation, between Web Chat on one side and the bot on the other:
/// start it (telling the bot, so it can greet), take the user's activities (stored first, which is
/// Web Chat's echo, then forwarded), take the bot's activities, and page through them by watermark.
/// </summary>
internal sealed class WebConversations(
    TranscriptStore transcripts,
    BotForwarder forwarder,
    ChannelAddresses addresses,
    IConfiguration configuration,
    TimeProvider timeProvider,
    ILogger<WebConversations> logger)
{
    private readonly string _botId = string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]) ? "coachbot" : configuration["MicrosoftAppId"]!;

    public ChannelAccount Bot => new() { Id = _botId, Name = "CoachBot", Role = "bot" };

    /// <summary>
    /// Creates the conversation on its first start and sends the bot a <c>conversationUpdate</c>;
    /// later starts (a reload, another tab) change nothing. False when it belongs to someone else.
    /// </summary>
    public async Task<bool> EnsureStartedAsync(TokenPayload token, CancellationToken cancellationToken)
    {
        var (conversationId, userId) = (token.ConversationId, token.UserId);
        var existing = await transcripts.ReadAsync(conversationId, cancellationToken);
        if (existing is not null)
        {
            return existing.UserId == userId;
        }

        if (!await transcripts.CreateAsync(conversationId, userId, cancellationToken))
        {
            var winner = await transcripts.ReadAsync(conversationId, cancellationToken);
            return winner?.UserId == userId;
        }

        WebChannelLog.ConversationStarted(logger, conversationId);
        var user = new ChannelAccount { Id = userId, Role = "user" };
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = ChannelIds.ActivityId(conversationId, 0),
            Timestamp = timeProvider.GetUtcNow(),
            ChannelId = WebChannelTokenIssuer.ChannelId,
            ServiceUrl = addresses.ServiceUrl,
            Conversation = new ConversationAccount { Id = conversationId },
            From = user,
            Recipient = Bot,
            MembersAdded = [Bot, user],
            Locale = token.Locale,
            LocalTimezone = token.TimeZone,
            LocalTimestamp = LocalNow(token.TimeZone),
        };
        await forwarder.ForwardAsync(update, cancellationToken);
        return true;
    }

    /// <summary>
    /// Stores a browser's activity under the user and conversation its token names (whatever the body
    /// claims), which is Web Chat's echo, then forwards it to the bot.
    /// </summary>
    public async Task<(PostOutcome Outcome, Activity? Stored)> PostFromUserAsync(string conversationId, string userId, Activity activity, CancellationToken cancellationToken)
    {
        var record = await transcripts.ReadAsync(conversationId, cancellationToken);
        if (record is null)
        {
            return (PostOutcome.NotFound, null);
        }

        if (record.UserId != userId)
        {
            return (PostOutcome.Forbidden, null);
        }

        activity.From = new ChannelAccount { Id = userId, Name = activity.From?.Name, Role = "user" };
        activity.Recipient = Bot;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.ChannelId = WebChannelTokenIssuer.ChannelId;
        activity.ServiceUrl = addresses.ServiceUrl;
        activity.DeliveryMode = null;
        activity.CallerId = null;
        activity.ReplyToId = null;

        var stored = await transcripts.AppendAsync(conversationId, activity, cancellationToken);
        if (stored is null)
        {
            return (PostOutcome.NotFound, null);
        }

        return await forwarder.ForwardAsync(stored, cancellationToken) ? (PostOutcome.Delivered, stored) : (PostOutcome.BotFailed, stored);
    }

    /// <summary>Stamps and stores an activity the bot sent through the Connector routes; null when the conversation is unknown.</summary>
    public Task<Activity?> PostFromBotAsync(string conversationId, Activity activity, string? replyToId, CancellationToken cancellationToken)
    {
        PrepareFromBot(conversationId, activity);
        activity.ReplyToId ??= replyToId;
        return transcripts.AppendAsync(conversationId, activity, cancellationToken);
    }

    public Task<Activity?> UpdateFromBotAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        PrepareFromBot(conversationId, activity);
        return transcripts.ReplaceAsync(conversationId, activityId, activity, cancellationToken);
    }

    public Task<Activity?> DeleteFromBotAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        transcripts.RemoveAsync(conversationId, activityId, cancellationToken);

    /// <summary>A conversation the bot opens itself (Connector create); the first member is the user.</summary>
    public async Task<string?> CreateFromBotAsync(ConversationParameters parameters, CancellationToken cancellationToken)
    {
        var userId = parameters.Members?.FirstOrDefault()?.Id;
        if (string.IsNullOrWhiteSpace(userId))
        {
            return null;
        }

        var conversationId = ChannelIds.NewConversationId();
        await transcripts.CreateAsync(conversationId, userId, cancellationToken);
        return conversationId;
    }

    /// <summary>
    /// The activities after <paramref name="watermark"/> and the next watermark. A watermark from the
    /// future (a store that was reset) simply yields nothing new until the conversation catches up.
    /// </summary>
    public static ActivitySet Page(ConversationRecord record, long watermark) =>
        new(
            [.. record.Activities.Where(e => e.Sequence > watermark).Select(e => e.Activity)],
            record.LastSequence.ToString(CultureInfo.InvariantCulture));

    private DateTimeOffset? LocalNow(string? timeZone) =>
        timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone)
            ? TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), zone)
            : null;

    private void PrepareFromBot(string conversationId, Activity activity)
    {
        activity.ChannelId = WebChannelTokenIssuer.ChannelId;
        activity.ServiceUrl = addresses.ServiceUrl;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.From ??= Bot;
        activity.From.Role ??= "bot";
        activity.Type ??= ActivityTypes.Message;
    }
}
