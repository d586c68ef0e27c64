namespace CoachBot.Protocol.Turns;

/// <summary>The bot's logic: called once per inbound activity with a context for replying.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken);
}
