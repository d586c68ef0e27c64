using CoachBot.Coaching.MyData;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;
using CoachBot.Storage;
using CoachBot.Web.Turns;
using CoachBot.Web.WebChannel;

namespace CoachBot.Web.MyData;

/// <summary>
/// Carries out "delete my data" once the turn that confirmed it is saved (the save would otherwise write the
/// state back): the person's user state, the state of each of their conversations, the local web channel's
/// transcripts of those conversations, their export links, and their entries in the morning-prompt schedule.
/// Runs under the conversation's turn lock, so no turn of that conversation can write in between.
/// </summary>
internal sealed class PersonalDataEraser(
    IStore store,
    TranscriptStore transcripts,
    ExportLinkStore exportLinks,
    ScheduleTraces scheduleTraces,
    ILogger<PersonalDataEraser> logger) : ITurnCommittedObserver
{
    private const int MaxAttempts = 3;

    public async Task OnCommittedAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!turnContext.TurnState.TryGet<PersonalDataErasure>(out var erasure))
        {
            return;
        }

        var person = new Activity { ChannelId = erasure.ChannelId, From = new ChannelAccount { Id = erasure.UserId } };
        if (StateKeys.User(person) is not { } userKey)
        {
            return;
        }

        var keys = new List<string> { userKey };
        keys.AddRange(erasure.ConversationIds
            .Select(id => StateKeys.Conversation(new Activity { ChannelId = erasure.ChannelId, Conversation = new ConversationAccount { Id = id } }))
            .OfType<string>());

        var deleted = 0;
        foreach (var key in keys)
        {
            if (await TryAsync("state", () => store.DeleteAsync(key, cancellationToken)))
            {
                deleted++;
            }
        }

        var transcriptCount = 0;
        if (string.Equals(erasure.ChannelId, WebChannelTokenIssuer.ChannelId, StringComparison.Ordinal))
        {
            foreach (var conversationId in erasure.ConversationIds.Where(ChannelIds.IsWellFormedConversationId))
            {
                await TryAsync("transcript", async () =>
                {
                    // Only the person's own conversations: the id alone is not proof of whose it is.
                    if (await transcripts.ReadAsync(conversationId, cancellationToken) is { } record && record.UserId == erasure.UserId)
                    {
                        await store.DeleteAsync(TranscriptStore.Key(conversationId), cancellationToken);
                        transcriptCount++;
                    }
                });
            }
        }

        var links = 0;
        await TryAsync("export links", async () => links = await exportLinks.EraseAsync(userKey, cancellationToken));
        await TryAsync("schedule", () => scheduleTraces.EraseAsync(userKey, erasure.Former, cancellationToken));
        MyDataWebLog.Erased(logger, deleted, transcriptCount, links);
    }

    /// <summary>Runs one part of the deletion, retrying a store that is briefly unavailable; a part that still fails doesn't stop the others.</summary>
    private async Task<bool> TryAsync(string stage, Func<Task> action)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await action();
                return true;
            }
            catch (Exception ex) when (ex is StoreUnavailableException or StoreConflictException && attempt < MaxAttempts)
            {
            }
            catch (Exception ex) when (ex is StoreUnavailableException or StoreConflictException or System.Text.Json.JsonException)
            {
                MyDataWebLog.EraseFailed(logger, ex.GetType().Name, stage);
                return false;
            }
        }
    }
}
