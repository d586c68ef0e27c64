using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace CoachBot.Protocol.Tests.Connector;

/// <summary>
/// Entra ID's token endpoint as a stub handler behind the token HttpClient (MSAL insists on https,
/// so a loopback http server cannot stand in). Hands out "token-1", "token-2", … and records each request.
/// </summary>
internal sealed class FakeTokenEndpoint : HttpMessageHandler
{
    private readonly ConcurrentQueue<(Uri Uri, string Body)> _requests = new();
    private int _issued;

    public int ExpiresInSeconds { get; set; } = 3600;

    /// <summary>When set, every request is refused with this OAuth error (e.g. <c>invalid_client</c>).</summary>
    public string? RefuseWith { get; set; }

    /// <summary>Holds each answer until released, to let concurrent callers pile up.</summary>
    public Task? Gate { get; set; }

    public IReadOnlyList<(Uri Uri, string Body)> Requests => [.. _requests];

    public int TokenRequests => _requests.Count;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        _requests.Enqueue((request.RequestUri!, body));
        if (Gate is not null)
        {
            await Gate.WaitAsync(cancellationToken);
        }

        if (request.Method != HttpMethod.Post || !request.RequestUri!.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        if (RefuseWith is not null)
        {
            return Json(HttpStatusCode.Unauthorized, $$"""{"error":"{{RefuseWith}}","error_description":"AADSTS7000215: Invalid client secret provided.","error_codes":[7000215]}""");
        }

        var token = "token-" + Interlocked.Increment(ref _issued);
        return Json(HttpStatusCode.OK, $$"""{"token_type":"Bearer","expires_in":{{ExpiresInSeconds}},"ext_expires_in":{{ExpiresInSeconds}},"access_token":"{{token}}"}""");
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
