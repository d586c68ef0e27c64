namespace CoachBot.Protocol.Turns;

/// <summary>
/// Looks over what a turn is about to send, after the bot ran and before state is saved and replies
/// are delivered, and may change an outgoing activity's text (a tone check replacing a reply that
/// breaks the content rules).
/// </summary>
public interface IOutgoingFilter
{
    void Filter(TurnContext turnContext);
}
