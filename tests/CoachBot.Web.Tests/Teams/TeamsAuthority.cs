using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Web.Tests.Teams;

/// <summary>
/// The Bot Framework's side of authentication for Teams, local: OpenID metadata with a signing key endorsed for
/// <c>msteams</c> (served at the real URLs through the bot's metadata HttpClient), channel tokens signed with it, and
/// an Entra ID token endpoint behind the bot's "BotFramework.Token" HttpClient that hands out one known token.
/// </summary>
public sealed class TeamsAuthority
{
    public const string MetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string KeysUrl = "https://login.botframework.com/v1/.well-known/keys";
    private const string KeyId = "teams-key";

    private readonly RSA _key = RSA.Create(2048);
    private readonly ConcurrentQueue<Uri> _tokenRequests = new();

    /// <summary>The bot's outbound token: unique, so every Connector call can be checked for it.</summary>
    public string OutboundToken { get; } = "teams-outbound-" + Guid.NewGuid().ToString("N");

    /// <summary>Where the bot asked for its token.</summary>
    public IReadOnlyList<Uri> TokenRequests => [.. _tokenRequests];

    public HttpMessageHandler MetadataHandler() => new Handler(request => request.RequestUri!.AbsoluteUri switch
    {
        MetadataUrl => Json(new { issuer = "https://api.botframework.com", jwks_uri = KeysUrl }),
        KeysUrl => Json(new { keys = new[] { Jwk() } }),
        _ => new HttpResponseMessage(HttpStatusCode.NotFound),
    });

    public HttpMessageHandler TokenHandler() => new Handler(request =>
    {
        if (request.Method != HttpMethod.Post || !request.RequestUri!.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        _tokenRequests.Enqueue(request.RequestUri);
        return Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = OutboundToken });
    });

    /// <summary>What Teams signs each inbound activity with: for the bot <paramref name="appId"/>, bound to <paramref name="serviceUrl"/>.</summary>
    public string ChannelToken(string appId, string serviceUrl, DateTimeOffset now) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://api.botframework.com",
            Audience = appId,
            Expires = now.UtcDateTime.AddMinutes(30),
            NotBefore = now.UtcDateTime.AddMinutes(-1),
            IssuedAt = now.UtcDateTime.AddMinutes(-1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });

    private object Jwk()
    {
        var parameters = _key.ExportParameters(false);
        return new { kty = "RSA", use = "sig", kid = KeyId, n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent), endorsements = new[] { "msteams" } };
    }

    private static HttpResponseMessage Json(object body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };

    private sealed class Handler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(request));
    }
}
