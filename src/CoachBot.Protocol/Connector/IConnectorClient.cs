using CoachBot.Protocol.Schema;

namespace CoachBot.Protocol.Connector;

/// <summary>
/// The Bot Framework Connector REST API v3 (PROTOCOL.md §2.3), addressed by each activity's
/// <c>serviceUrl</c>. Failures surface as <see cref="ConnectorException"/> with the HTTP status.
/// </summary>
public interface IConnectorClient
{
    /// <summary><c>POST v3/conversations/{conversationId}/activities/{replyToId}</c>, or the send route when there is no <c>replyToId</c>.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary><c>POST v3/conversations/{conversationId}/activities</c> (proactive messages, typing).</summary>
    Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary><c>POST v3/conversations</c>.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary><c>PUT v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary><c>DELETE v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);
}
