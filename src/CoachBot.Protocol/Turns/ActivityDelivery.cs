using System.Net;
using CoachBot.Protocol.Connector;
using CoachBot.Protocol.Schema;

namespace CoachBot.Protocol.Turns;

/// <summary>
/// Delivers what a committed turn said through the Connector: replies, updates, deletes, in order.
/// An update or delete the channel does not support (405) becomes a new message or is dropped.
/// </summary>
public sealed class ActivityDelivery(IConnectorClient connector)
{
    public async Task DeliverAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        foreach (var activity in turnContext.OutgoingActivities)
        {
            if (activity.ReplyToId is not null)
            {
                await connector.ReplyToActivityAsync(activity, cancellationToken);
            }
            else
            {
                await connector.SendToConversationAsync(activity, cancellationToken);
            }
        }

        foreach (var update in turnContext.PendingUpdates)
        {
            try
            {
                await connector.UpdateActivityAsync(update, cancellationToken);
            }
            catch (ConnectorException ex) when (ex.StatusCode == HttpStatusCode.MethodNotAllowed)
            {
                update.Id = null;
                await connector.SendToConversationAsync(update, cancellationToken);
            }
        }

        var inbound = turnContext.Activity;
        foreach (var id in turnContext.PendingDeletes)
        {
            try
            {
                await connector.DeleteActivityAsync(inbound.ServiceUrl!, inbound.Conversation!.Id!, id, cancellationToken);
            }
            catch (ConnectorException ex) when (ex.StatusCode == HttpStatusCode.MethodNotAllowed)
            {
                // The channel cannot delete; leaving the message is the only option.
            }
        }
    }
}
