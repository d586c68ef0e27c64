using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CoachBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CoachBot.Protocol.Connector;

/// <summary>
/// The Connector REST v3 client (PROTOCOL.md §2.3) over the named <see cref="HttpClientName"/> client,
/// whose resilience handler does the transient retries. The bearer token goes only where
/// <see cref="IServiceUrlTrust"/> allows; a 401 earns one forced token refresh and one more try.
/// </summary>
internal sealed class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    IBotTokenProvider tokenProvider,
    IServiceUrlTrust serviceUrlTrust,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    public const string HttpClientName = "BotFramework.Connector";

    private const string CorrelationHeader = "X-Correlating-OperationId";

    public async Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(activity.ReplyToId))
        {
            return await SendToConversationAsync(activity, cancellationToken);
        }

        var service = ConnectorRoutes.ServiceUri(activity.ServiceUrl);
        var uri = ConnectorRoutes.Activity(service, activity.Conversation?.Id, activity.ReplyToId);
        var response = await SendAsync("reply", HttpMethod.Post, service, uri, NewActivityBody(activity), ProtocolJson.Default.ResourceResponse, cancellationToken);
        return response ?? new ResourceResponse(null);
    }

    public async Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken)
    {
        var service = ConnectorRoutes.ServiceUri(activity.ServiceUrl);
        var uri = ConnectorRoutes.Activities(service, activity.Conversation?.Id);
        var response = await SendAsync("send", HttpMethod.Post, service, uri, NewActivityBody(activity), ProtocolJson.Default.ResourceResponse, cancellationToken);
        return response ?? new ResourceResponse(null);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        var service = ConnectorRoutes.ServiceUri(serviceUrl);
        var body = JsonSerializer.SerializeToUtf8Bytes(parameters, ProtocolJson.Default.ConversationParameters);
        var response = await SendAsync("create-conversation", HttpMethod.Post, service, ConnectorRoutes.Conversations(service), body, ProtocolJson.Default.ConversationResourceResponse, cancellationToken);
        return response ?? new ConversationResourceResponse(null, null, null);
    }

    public async Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var service = ConnectorRoutes.ServiceUri(activity.ServiceUrl);
        var uri = ConnectorRoutes.Activity(service, activity.Conversation?.Id, activity.Id);
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Default.Activity);
        var response = await SendAsync("update", HttpMethod.Put, service, uri, body, ProtocolJson.Default.ResourceResponse, cancellationToken);
        return response ?? new ResourceResponse(null);
    }

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var service = ConnectorRoutes.ServiceUri(serviceUrl);
        var uri = ConnectorRoutes.Activity(service, conversationId, activityId);
        using var response = await SendWithTokenAsync("delete", HttpMethod.Delete, service, uri, body: null, cancellationToken);
    }

    /// <summary>New activities get their <c>id</c> and <c>timestamp</c> from the channel, so neither is sent.</summary>
    private static byte[] NewActivityBody(Activity activity)
    {
        var node = JsonSerializer.SerializeToNode(activity, ProtocolJson.Default.Activity)!.AsObject();
        node.Remove("id");
        node.Remove("timestamp");
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            node.WriteTo(writer);
        }

        return buffer.ToArray();
    }

    /// <summary>The parsed success body, or null when the channel sent none (typing, some channels' sends).</summary>
    private async Task<T?> SendAsync<T>(string operation, HttpMethod method, Uri service, Uri uri, byte[] body, JsonTypeInfo<T> resultType, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await SendWithTokenAsync(operation, method, service, uri, body, cancellationToken);
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (content.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(content, resultType);
        }
        catch (JsonException)
        {
            // The channel took the activity; a body we cannot read only costs us its id.
            logger.UnreadableResponseBody(operation, service.Host);
            return null;
        }
    }

    private async Task<HttpResponseMessage> SendWithTokenAsync(string operation, HttpMethod method, Uri service, Uri uri, byte[]? body, CancellationToken cancellationToken)
    {
        string? token = null;
        if (serviceUrlTrust.MayReceiveToken(service))
        {
            token = await tokenProvider.GetTokenAsync(forceRefresh: false, cancellationToken);
        }
        else
        {
            logger.NoTokenForUntrustedServiceUrl(service.Host);
        }

        var response = await SendOnceAsync(operation, method, service, uri, body, token, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized && token is not null)
        {
            response.Dispose();
            logger.RetryingWithFreshToken(service.Host);
            token = await tokenProvider.GetTokenAsync(forceRefresh: true, cancellationToken);
            response = await SendOnceAsync(operation, method, service, uri, body, token, cancellationToken);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await ToExceptionAsync(operation, service, response, cancellationToken);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(string operation, HttpMethod method, Uri service, Uri uri, byte[]? body, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var client = httpClientFactory.CreateClient(HttpClientName);
        try
        {
            return await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or BrokenCircuitException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.CallUnanswered(operation, service.Host, ex.GetType().Name);
            throw new ConnectorException($"The Connector {operation} call got no answer ({ex.GetType().Name}).", ex);
        }
    }

    private async Task<ConnectorException> ToExceptionAsync(string operation, Uri service, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? errorCode = null;
        try
        {
            var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (content.Length > 0)
            {
                errorCode = JsonSerializer.Deserialize(content, ProtocolJson.Default.ErrorResponse)?.Error?.Code;
            }
        }
        catch (JsonException)
        {
            // Proxies answer errors in HTML; the status alone has to do.
        }

        var correlationId = response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;
        logger.CallFailed(operation, service.Host, (int)response.StatusCode, errorCode, correlationId);
        return new ConnectorException(response.StatusCode, errorCode, correlationId);
    }
}
