using Microsoft.IdentityModel.Protocols;

namespace CoachBot.Protocol.Authentication;

/// <summary>
/// Fetches OpenID documents through the named client of <see cref="IHttpClientFactory"/>, so the
/// handler pipeline (and in tests, the primary handler) is the host's to configure.
/// </summary>
internal sealed class HttpClientFactoryDocumentRetriever(IHttpClientFactory httpClientFactory) : IDocumentRetriever
{
    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        // Key material is only trusted over TLS, whatever the metadata document points at.
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException("OpenID documents are only fetched over https.");
        }

        var client = httpClientFactory.CreateClient(BotAuthenticationOptions.OpenIdMetadataHttpClientName);
        using var response = await client.GetAsync(uri, cancel);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancel);
    }
}
