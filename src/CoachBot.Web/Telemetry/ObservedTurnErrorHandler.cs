using CoachBot.Protocol.Turns;

namespace CoachBot.Web.Telemetry;

/// <summary>Notes why a turn ended in an apology (the bot failed, or state could not be read or saved).</summary>
internal sealed class ObservedTurnErrorHandler(ITurnErrorHandler inner, IHttpContextAccessor http) : ITurnErrorHandler
{
    public void OnTurnError(TurnContext turnContext, TurnFailure failure)
    {
        if (http.HttpContext?.Features.Get<TurnObservation>() is { } observation)
        {
            observation.Failure = failure;
        }

        inner.OnTurnError(turnContext, failure);
    }
}
