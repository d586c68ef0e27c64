using System.Net;
using CoachBot.Protocol.Connector;
using CoachBot.Protocol.Schema;

namespace CoachBot.Web.Telemetry;

/// <summary>
/// Notes a turn whose replies could not be delivered. The calls themselves are traced by the HttpClient
/// instrumentation, with their URLs reduced to templates (<see cref="HttpTelemetryRedaction"/>).
/// </summary>
internal sealed class ObservedConnectorClient(IConnectorClient inner, IHttpContextAccessor http) : IConnectorClient
{
    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        ObserveAsync(inner.ReplyToActivityAsync(activity, cancellationToken));

    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken) =>
        ObserveAsync(inner.SendToConversationAsync(activity, cancellationToken));

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        ObserveAsync(inner.CreateConversationAsync(serviceUrl, parameters, cancellationToken));

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        ObserveAsync(inner.UpdateActivityAsync(activity, cancellationToken));

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        try
        {
            await inner.DeleteActivityAsync(serviceUrl, conversationId, activityId, cancellationToken);
        }
        catch (Exception ex) when (Note(ex))
        {
            throw;
        }
    }

    private async Task<T> ObserveAsync<T>(Task<T> call)
    {
        try
        {
            return await call;
        }
        catch (Exception ex) when (Note(ex))
        {
            throw;
        }
    }

    // An exception filter that never catches: the note is taken before the stack unwinds. A 405 is not a failure:
    // delivery falls back to a new message (update) or leaves the message (delete).
    private bool Note(Exception ex)
    {
        if (ex is not (OperationCanceledException or ConnectorException { StatusCode: HttpStatusCode.MethodNotAllowed })
            && http.HttpContext?.Features.Get<TurnObservation>() is { } observation)
        {
            observation.DeliveryFailed = true;
        }

        return false;
    }
}
