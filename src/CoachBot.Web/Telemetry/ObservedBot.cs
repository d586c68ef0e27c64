using CoachBot.Protocol.Turns;

namespace CoachBot.Web.Telemetry;

/// <summary>Counts the bot's runs within a request (one per attempt) and names the turn from its activity.</summary>
internal sealed class ObservedBot(IBot inner, TurnTelemetry telemetry, IHttpContextAccessor http) : IBot
{
    public Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        if (http.HttpContext?.Features.Get<TurnObservation>() is { } observation && ++observation.Attempts == 1)
        {
            telemetry.Describe(observation, turnContext.Activity);
        }

        return inner.OnTurnAsync(turnContext, cancellationToken);
    }
}
