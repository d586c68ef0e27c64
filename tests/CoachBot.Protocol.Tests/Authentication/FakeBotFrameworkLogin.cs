using System.Net;
using System.Text;
using System.Text.Json;

namespace CoachBot.Protocol.Tests.Authentication;

/// <summary>
/// Stands in for login.botframework.com: serves OpenID metadata and a keys document (with
/// <c>endorsements</c>) at the real URLs, counts requests, and can become unreachable.
/// </summary>
internal sealed class FakeBotFrameworkLogin(
    string metadataUrl = FakeBotFrameworkLogin.RealMetadataUrl,
    string keysUrl = FakeBotFrameworkLogin.RealKeysUrl)
{
    public const string RealMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string RealKeysUrl = "https://login.botframework.com/v1/.well-known/keys";

    private readonly Lock _lock = new();
    private readonly List<(TestSigningKey Key, IReadOnlyCollection<string>? Endorsements)> _keys = [];
    private readonly List<string> _requests = [];

    public bool Unreachable { get; set; }

    public int Requests
    {
        get
        {
            lock (_lock)
            {
                return _requests.Count;
            }
        }
    }

    public IReadOnlyList<string> RequestedUrls
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Adds a key to the keys document; null endorsements leaves the field out.</summary>
    public FakeBotFrameworkLogin Serve(TestSigningKey key, params string[]? endorsements)
    {
        lock (_lock)
        {
            _keys.Add((key, endorsements));
        }

        return this;
    }

    public void ClearKeys()
    {
        lock (_lock)
        {
            _keys.Clear();
        }
    }

    public HttpMessageHandler CreateHandler() => new Handler(this);

    private HttpResponseMessage Respond(HttpRequestMessage request)
    {
        var url = request.RequestUri!.AbsoluteUri;
        lock (_lock)
        {
            _requests.Add(url);
            if (Unreachable)
            {
                throw new HttpRequestException("The fake login host is unreachable.");
            }

            if (url == metadataUrl)
            {
                return Json(new { issuer = "https://api.botframework.com", jwks_uri = keysUrl, id_token_signing_alg_values_supported = new[] { "RS256" } });
            }

            if (url == keysUrl)
            {
                return Json(new { keys = _keys.Select(served => served.Key.ToJwk(served.Endorsements)).ToArray() });
            }
        }

        return new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    private static HttpResponseMessage Json(object body) => new(HttpStatusCode.OK)
    {
        Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
    };

    private sealed class Handler(FakeBotFrameworkLogin login) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(login.Respond(request));
    }
}
