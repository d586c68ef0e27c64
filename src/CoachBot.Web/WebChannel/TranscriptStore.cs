using System.Text.Json;
using CoachBot.Protocol.Schema;
using CoachBot.Storage;
using Microsoft.Extensions.Options;

namespace CoachBot.Web.WebChannel;

/// <summary>
/// Web conversations and their activities in the configured <see cref="IStore"/>, one item per
/// conversation (<c>webchannel/conversations/{id}</c>) holding its most recent activities. Every change is
/// a conditional write: on a conflict the item is read again and the change applied again.
/// </summary>
internal sealed class TranscriptStore(IStore store, IOptions<LocalWebChannelOptions> options, TimeProvider timeProvider, ILogger<TranscriptStore> logger)
{
    private const int MaxAttempts = 8;

    public static string Key(string conversationId) => "webchannel/conversations/" + conversationId;

    public async Task<ConversationRecord?> ReadAsync(string conversationId, CancellationToken cancellationToken) =>
        (await ReadItemAsync(conversationId, cancellationToken)).Record;

    /// <summary>Creates the conversation; false when it already exists.</summary>
    public async Task<bool> CreateAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        var record = new ConversationRecord { ConversationId = conversationId, UserId = userId, CreatedAt = timeProvider.GetUtcNow() };
        try
        {
            await store.WriteAsync(Key(conversationId), Serialize(record), WriteCondition.CreateOnly, cancellationToken);
            return true;
        }
        catch (StoreConflictException)
        {
            return false;
        }
    }

    /// <summary>Stamps the activity with the next id and a timestamp and appends it; null when the conversation is unknown.</summary>
    public Task<Activity?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken) =>
        ChangeAsync(conversationId, record =>
        {
            var stamped = Stamp(record, activity);
            record.Activities.Add(new TranscriptEntry(record.LastSequence, stamped));
            Trim(record);
            return stamped;
        }, cancellationToken);

    /// <summary>
    /// Replaces an activity (the bot's update). It moves to the end with a new position, so pages that
    /// already saw it receive it again; its id stays.
    /// </summary>
    public Task<Activity?> ReplaceAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        ChangeAsync(conversationId, record =>
        {
            var index = record.Activities.FindIndex(e => e.Activity.Id == activityId);
            if (index < 0)
            {
                return null;
            }

            var previous = record.Activities[index].Activity;
            record.Activities.RemoveAt(index);
            record.LastSequence++;
            activity.Id = activityId;
            activity.Timestamp = previous.Timestamp;
            record.Activities.Add(new TranscriptEntry(record.LastSequence, activity));
            return activity;
        }, cancellationToken);

    /// <summary>Removes an activity; null when the conversation or the activity is unknown.</summary>
    public Task<Activity?> RemoveAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        ChangeAsync(conversationId, record =>
        {
            var index = record.Activities.FindIndex(e => e.Activity.Id == activityId);
            if (index < 0)
            {
                return null;
            }

            var removed = record.Activities[index].Activity;
            record.Activities.RemoveAt(index);
            return removed;
        }, cancellationToken);

    private async Task<Activity?> ChangeAsync(string conversationId, Func<ConversationRecord, Activity?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (record, etag) = await ReadItemAsync(conversationId, cancellationToken);
            if (record is null || etag is null)
            {
                return null;
            }

            var result = change(record);
            if (result is null)
            {
                return null;
            }

            try
            {
                await store.WriteAsync(Key(conversationId), Serialize(record), WriteCondition.Matching(etag), cancellationToken);
                return result;
            }
            catch (StoreConflictException) when (attempt < MaxAttempts)
            {
                WebChannelLog.TranscriptWriteConflict(logger, conversationId, attempt);
            }
        }
    }

    private Activity Stamp(ConversationRecord record, Activity activity)
    {
        record.LastSequence++;
        activity.Id = ChannelIds.ActivityId(record.ConversationId, record.LastSequence);
        activity.Timestamp = timeProvider.GetUtcNow();
        return activity;
    }

    private void Trim(ConversationRecord record)
    {
        var excess = record.Activities.Count - options.Value.MaxTranscriptActivities;
        if (excess > 0)
        {
            record.Activities.RemoveRange(0, excess);
        }
    }

    private async Task<(ConversationRecord? Record, string? ETag)> ReadItemAsync(string conversationId, CancellationToken cancellationToken)
    {
        var item = await store.ReadAsync(Key(conversationId), cancellationToken);
        return item is null ? (null, null) : (JsonSerializer.Deserialize(item.Value.Span, WebChannelJson.Default.ConversationRecord), item.ETag);
    }

    private static byte[] Serialize(ConversationRecord record) =>
        JsonSerializer.SerializeToUtf8Bytes(record, WebChannelJson.Default.ConversationRecord);
}
