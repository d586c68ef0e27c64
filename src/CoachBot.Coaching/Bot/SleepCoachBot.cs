using CoachBot.Coaching.Content;
using CoachBot.Coaching.State;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;

namespace CoachBot.Coaching.Bot;

/// <summary>CoachBot's turn logic: greets, answers the person's commands, and routes the rest.</summary>
public sealed class SleepCoachBot(MessageCatalog messages, TimeProvider timeProvider) : IBot
{
    public Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var conversation = turnContext.TurnState.Get<ConversationData>();
        if (turnContext.TurnState.TryGet<UserData>(out var user))
        {
            user.FirstSeen ??= timeProvider.GetUtcNow();
        }

        switch (activity.Type)
        {
            case ActivityTypes.ConversationUpdate when activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true:
            case ActivityTypes.InstallationUpdate when string.Equals(activity.Action, "add", StringComparison.OrdinalIgnoreCase):
                Greet(turnContext, conversation);
                break;
            case ActivityTypes.Message:
                OnMessage(turnContext, conversation);
                break;
            default:
                // Unknown and unhandled activity types are acknowledged and ignored, as the protocol asks.
                break;
        }

        return Task.CompletedTask;
    }

    private void OnMessage(TurnContext turnContext, ConversationData conversation)
    {
        var firstContact = !conversation.Greeted;
        if (firstContact)
        {
            Greet(turnContext, conversation);
        }

        switch (Commands.Recognize(turnContext.Activity.Text))
        {
            case Command.Help:
                turnContext.SendActivity(messages[MessageIds.Help]);
                break;
            case Command.None when !firstContact:
                turnContext.SendActivity(messages[MessageIds.NotUnderstood]);
                break;
            default:
                break;
        }
    }

    private void Greet(TurnContext turnContext, ConversationData conversation)
    {
        if (conversation.Greeted && turnContext.Activity.IsMessage)
        {
            return;
        }

        conversation.Greeted = true;
        turnContext.SendActivity(messages[MessageIds.Welcome]);
    }
}
