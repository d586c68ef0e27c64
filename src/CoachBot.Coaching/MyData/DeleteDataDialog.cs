using CoachBot.Coaching.Bot;
using CoachBot.Coaching.CheckIn;
using CoachBot.Coaching.Content;
using CoachBot.Coaching.State;
using CoachBot.Dialogs;
using CoachBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.MyData;

/// <summary>
/// <c>delete my data</c>: asks once, plainly; "no" (or skip, or cancel) keeps everything. "Yes" empties the
/// person's state in this turn and asks the host, through <see cref="PersonalDataErasure"/>, to remove
/// every stored trace of them once the turn is saved: the save at the end of the turn would otherwise
/// write back what a deletion inside the turn removed.
/// </summary>
internal sealed class DeleteDataDialog(MessageCatalog messages, ILogger logger) : Dialog(DialogIds.DeleteData)
{
    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.BeginDialogAsync(MyDataIds.ConfirmDeletePrompt, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(result);
        var turn = dc.Context;
        if (result.ValueAs<bool>() == true && Erase(turn) is { } erasure)
        {
            MyDataLog.DeletionConfirmed(logger, erasure.ConversationIds.Count);
            turn.SendActivity(PromptWords.Reply(turn, messages[MyDataIds.DeleteDone]));
        }
        else
        {
            MyDataLog.DeletionDeclined(logger);
            turn.SendActivity(PromptWords.Reply(turn, messages[MyDataIds.DeleteKept]));
        }

        return dc.EndDialogAsync(DialogResult.Answered(null), cancellationToken);
    }

    private static PersonalDataErasure? Erase(TurnContext turn)
    {
        var activity = turn.Activity;
        if (activity.ChannelId is not { Length: > 0 } channelId || activity.From?.Id is not { Length: > 0 } userId)
        {
            return null;
        }

        var user = turn.TurnState.TryGet<UserData>(out var known) ? known : new UserData();
        var conversations = new List<string>(user.Conversations);
        ConversationIndex.Remember(new UserData { Conversations = conversations }, activity.Conversation?.Id);
        var erasure = new PersonalDataErasure(channelId, userId, conversations, user);
        turn.TurnState.Set(erasure);

        // What the turn saves from here on is empty state: nothing personal, even for the moment before the host deletes it.
        turn.TurnState.Set(new UserData());
        turn.TurnState.Set(new ConversationData());
        return erasure;
    }
}
