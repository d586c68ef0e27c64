using Microsoft.Identity.Client;

namespace CoachBot.Protocol.Connector;

/// <summary>Routes MSAL's token requests through <see cref="IHttpClientFactory"/> (pooled handlers, test seams).</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    /// <summary>The named client for token requests; MSAL retries on its own, so it has no resilience handler.</summary>
    public const string HttpClientName = "BotFramework.Token";

    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(HttpClientName);
}
