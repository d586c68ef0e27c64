namespace CoachBot.Protocol.Turns;

/// <summary>Says something kind when a turn fails; the host has already logged the failure (without user text).</summary>
public interface ITurnErrorHandler
{
    void OnTurnError(TurnContext turnContext, TurnFailure failure);
}
