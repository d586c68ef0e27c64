using CoachBot.Coaching.Content;
using CoachBot.Protocol.Turns;

namespace CoachBot.Coaching.Bot;

/// <summary>The kind words sent when a turn fails, from <c>dialogs/messages.yaml</c>.</summary>
public sealed class CoachingErrorReplies(MessageCatalog messages) : ITurnErrorHandler
{
    public void OnTurnError(TurnContext turnContext, TurnFailure failure)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.SendActivity(messages[failure == TurnFailure.StorageUnavailable ? MessageIds.StorageUnavailable : MessageIds.Apology]);
    }
}
