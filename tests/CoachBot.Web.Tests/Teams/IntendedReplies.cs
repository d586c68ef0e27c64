using System.Collections.Concurrent;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;
using CoachBot.Web.Turns;

namespace CoachBot.Web.Tests.Teams;

/// <summary>
/// What each committed turn meant to send, taken at the moment the turn is saved and before delivery: the other side
/// of the exactly-once check, whatever the Connector did with it.
/// </summary>
internal sealed class IntendedReplies : ITurnCommittedObserver
{
    private readonly ConcurrentQueue<Activity> _replies = new();

    public IReadOnlyList<Activity> All => [.. _replies];

    public Task OnCommittedAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        foreach (var activity in turnContext.OutgoingActivities)
        {
            _replies.Enqueue(activity);
        }

        return Task.CompletedTask;
    }
}
