using CoachBot.Protocol.Connector;
using CoachBot.Protocol.Schema;

namespace CoachBot.Benchmarks.Scheduling;

/// <summary>A Connector that takes every activity at once: the benchmark measures the scheduler, not a channel.</summary>
internal sealed class NullConnector : IConnectorClient
{
    private long _sent;

    public long Sent => Interlocked.Read(ref _sent);

    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken) => SendToConversationAsync(activity, cancellationToken);

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _sent);
        return Task.FromResult(new ResourceResponse(null));
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        Task.FromResult(new ConversationResourceResponse("created", null, serviceUrl));

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken) => Task.FromResult(new ResourceResponse(activity.Id));

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;
}
