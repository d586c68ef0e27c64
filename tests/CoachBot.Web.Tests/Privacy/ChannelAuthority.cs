using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Web.Tests.Privacy;

/// <summary>
/// The Bot Framework's side of authentication, local: OpenID metadata and a signing key (endorsed for
/// <c>webchat</c> and <c>test</c>) for the tokens a channel sends, and an Entra ID token endpoint for the bot's own token.
/// </summary>
public sealed class ChannelAuthority
{
    public const string MetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string KeysUrl = "https://login.botframework.com/v1/.well-known/keys";

    private readonly RSA _key = RSA.Create(2048);
    private readonly ConcurrentQueue<string> _issued = new();

    /// <summary>A token the bot's token endpoint hands out: unique, so a scan can look for it.</summary>
    public string OutboundToken { get; } = "outbound-" + Guid.NewGuid().ToString("N");

    /// <summary>Every inbound token made so far.</summary>
    public IReadOnlyList<string> InboundTokens => [.. _issued];

    public HttpMessageHandler MetadataHandler() => new Handler(request => request.RequestUri!.AbsoluteUri switch
    {
        MetadataUrl => Json(new { issuer = "https://api.botframework.com", jwks_uri = KeysUrl }),
        KeysUrl => Json(new { keys = new[] { Jwk() } }),
        _ => new HttpResponseMessage(HttpStatusCode.NotFound),
    });

    public HttpMessageHandler TokenHandler() => new Handler(request =>
        request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)
            ? Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = OutboundToken })
            : new HttpResponseMessage(HttpStatusCode.NotFound));

    /// <summary>A channel token for the bot <paramref name="appId"/>, bound to <paramref name="serviceUrl"/>, valid around <paramref name="now"/>.</summary>
    public string InboundToken(string appId, string serviceUrl, DateTimeOffset now)
    {
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://api.botframework.com",
            Audience = appId,
            Expires = now.UtcDateTime.AddMinutes(30),
            NotBefore = now.UtcDateTime.AddMinutes(-1),
            IssuedAt = now.UtcDateTime.AddMinutes(-1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_key) { KeyId = "privacy-key" }, SecurityAlgorithms.RsaSha256),
        });
        _issued.Enqueue(token);
        return token;
    }

    private object Jwk()
    {
        var parameters = _key.ExportParameters(false);
        return new { kty = "RSA", use = "sig", kid = "privacy-key", n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent), endorsements = new[] { "webchat", "test" } };
    }

    private static HttpResponseMessage Json(object body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };

    private sealed class Handler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(request));
    }
}
