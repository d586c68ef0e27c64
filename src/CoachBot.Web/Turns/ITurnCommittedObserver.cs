using CoachBot.Protocol.Turns;

namespace CoachBot.Web.Turns;

/// <summary>
/// Told about each turn whose state was saved, before its replies are delivered; the turn's state is in its
/// <see cref="TurnContext.TurnState"/>. The turn is committed by then: an observer logs its own failures and never throws.
/// </summary>
internal interface ITurnCommittedObserver
{
    Task OnCommittedAsync(TurnContext turnContext, CancellationToken cancellationToken);
}
