using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CoachBot.Protocol.Authentication;
using CoachBot.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Web.Tests.Bot;

/// <summary>
/// /api/messages with an app id configured: a locally generated RSA key behind a stub of the Bot
/// Framework's OpenID metadata, so 401 and 200 are proven at the HTTP edge, before any turn runs.
/// </summary>
public sealed class AuthenticatedEndpointTests : IDisposable
{
    private const string AppId = "8a1d3c55-0f3e-4a7a-9d51-2d7a1f0c9b11";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private static readonly RSA Key = RSA.Create(2048);

    private readonly CoachBotFactory _factory;
    private readonly HttpClient _client;

    public AuthenticatedEndpointTests()
    {
        _factory = new CoachBotFactory()
            .With("MicrosoftAppId", AppId)
            .With("MicrosoftAppPassword", "test-only-secret-not-real")
            .With("MicrosoftAppType", "MultiTenant")
            .WithServices(s => s.AddHttpClient(BotAuthenticationOptions.OpenIdMetadataHttpClientName).ConfigurePrimaryHttpMessageHandler(() => new MetadataStub()));
        _client = _factory.CreateClient();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task A_valid_channel_token_is_accepted()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync(Token()));
    }

    [Fact]
    public async Task No_token_is_refused_before_the_body_is_read()
    {
        using var content = new StringContent("this is not even json", Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/api/messages", content, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(Token(expires: DateTime.UtcNow.AddMinutes(-6), notBefore: DateTime.UtcNow.AddMinutes(-30))));

    [Fact]
    public async Task A_token_for_another_audience_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(Token(audience: Guid.NewGuid().ToString())));

    [Fact]
    public async Task A_token_from_another_issuer_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(Token(issuer: "https://api.botframework.com.evil.example")));

    [Fact]
    public async Task A_token_whose_serviceurl_differs_from_the_activity_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(Token(serviceUrl: "https://attacker.example/")));

    [Fact]
    public async Task A_token_for_a_channel_the_key_is_not_endorsed_for_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(Token(), channelId: "msteams"));

    [Fact]
    public async Task An_unsigned_token_is_refused()
    {
        var header = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"k1\"}");
        var payload = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["iss"] = "https://api.botframework.com", ["aud"] = AppId, ["serviceurl"] = ServiceUrl,
            ["exp"] = DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds(),
        }));

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync($"{header}.{payload}."));
    }

    private async Task<HttpStatusCode> PostAsync(string token, string channelId = "webchat")
    {
        var activity = Activities.Message("c-auth", "help", serviceUrl: ServiceUrl);
        activity.ChannelId = channelId;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = JsonContent(activity),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _client.SendAsync(request, Ct);
        return response.StatusCode;
    }

    private static StringContent JsonContent(CoachBot.Protocol.Schema.Activity activity) =>
        new(JsonSerializer.Serialize(activity, CoachBot.Protocol.Schema.ProtocolJson.Default.Activity), Encoding.UTF8, "application/json");

    private static string Token(string issuer = "https://api.botframework.com", string audience = AppId, string serviceUrl = ServiceUrl, DateTime? expires = null, DateTime? notBefore = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Expires = expires ?? DateTime.UtcNow.AddMinutes(30),
            NotBefore = notBefore ?? DateTime.UtcNow.AddMinutes(-1),
            IssuedAt = notBefore ?? DateTime.UtcNow.AddMinutes(-1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(Key) { KeyId = "k1" }, SecurityAlgorithms.RsaSha256),
        });

    /// <summary>The Bot Framework's OpenID metadata and keys, served at the real URLs; key k1 is endorsed for webchat only.</summary>
    private sealed class MetadataStub : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var parameters = Key.ExportParameters(false);
            object? body = request.RequestUri!.AbsoluteUri switch
            {
                "https://login.botframework.com/v1/.well-known/openidconfiguration" =>
                    new { issuer = "https://api.botframework.com", jwks_uri = "https://login.botframework.com/v1/.well-known/keys" },
                "https://login.botframework.com/v1/.well-known/keys" =>
                    new { keys = new[] { new { kty = "RSA", use = "sig", kid = "k1", n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent), endorsements = new[] { "webchat" } } } },
                _ => null,
            };
            return Task.FromResult(body is null
                ? new HttpResponseMessage(HttpStatusCode.NotFound)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") });
        }
    }
}
