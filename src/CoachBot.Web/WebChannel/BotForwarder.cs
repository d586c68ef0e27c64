using System.Net.Http.Headers;
using System.Text.Json;
using CoachBot.Protocol.Schema;

namespace CoachBot.Web.WebChannel;

/// <summary>
/// Posts activities to the bot's <c>/api/messages</c> over real HTTP, as any channel does. Normal delivery
/// only: the bot answers through the Connector routes at the activity's <c>serviceUrl</c>. With an app id
/// configured, each request carries a token the bot's inbound authentication accepts.
/// </summary>
internal sealed class BotForwarder(HttpClient httpClient, ChannelAddresses addresses, ILogger<BotForwarder> logger, WebChannelTokenIssuer? tokenIssuer = null)
{
    public const string HttpClientName = "CoachBot.WebChannel";

    /// <summary>True when the bot accepted the activity (any 2xx).</summary>
    public async Task<bool> ForwardAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation?.Id;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, addresses.BotEndpoint)
            {
                Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Default.Activity)),
            };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            if (tokenIssuer is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokenIssuer.CreateToken(addresses.ServiceUrl));
            }

            using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            WebChannelLog.BotRefusedActivity(logger, conversationId, activity.Type, (int)response.StatusCode);
            return false;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            WebChannelLog.BotUnreachable(logger, exception, conversationId, activity.Type);
            return false;
        }
    }
}
