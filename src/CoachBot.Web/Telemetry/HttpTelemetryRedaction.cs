using System.Collections.Frozen;
using System.Diagnostics;
using System.Text;
using OpenTelemetry.Instrumentation.AspNetCore;
using OpenTelemetry.Instrumentation.Http;

namespace CoachBot.Web.Telemetry;

/// <summary>
/// Keeps ids and tokens out of HTTP spans: paths become templates (route templates where routing matched, else
/// every segment that is not a fixed word of our or the Bot Framework's routes becomes <c>{id}</c>), query strings
/// are dropped, and exceptions are not recorded (their messages can quote a URL). Bodies are never recorded.
/// </summary>
internal static class HttpTelemetryRedaction
{
    public const string Placeholder = "{id}";

    private static readonly FrozenSet<string> FixedSegments = FrozenSet.Create(
        StringComparer.Ordinal,
        "api", "messages", "v3", "conversations", "activities", "members", "attachments", "views", "history",
        "directline", "tokens", "generate", "refresh", "stream", "upload", "page-token", "healthz", "diagnostics", "counters",
        "oauth2", "v2.0", "token", ".well-known", "openidconfiguration", "openid-configuration", "keys", "v1", "common", "botframework.com");

    public static void ConfigureServer(AspNetCoreTraceInstrumentationOptions options)
    {
        options.RecordException = false;
        options.EnrichWithHttpResponse = (span, response) =>
        {
            var route = span.GetTagItem("http.route") as string;
            span.SetTag("url.path", string.IsNullOrEmpty(route) ? TemplateOf(response.HttpContext.Request.Path.Value) : route);
            span.SetTag("url.query", null);
        };
    }

    public static void ConfigureClient(HttpClientTraceInstrumentationOptions options)
    {
        options.RecordException = false;
        options.EnrichWithHttpRequestMessage = (span, request) => Redact(span, request.RequestUri);
        options.EnrichWithHttpResponseMessage = (span, response) => Redact(span, response.RequestMessage?.RequestUri);
        options.EnrichWithException = (span, _) => Redact(span, span.GetTagItem("url.full") is string full && Uri.TryCreate(full, UriKind.Absolute, out var uri) ? uri : null);
    }

    /// <summary><c>/v3/conversations/a:1xyz/activities/42</c> becomes <c>/v3/conversations/{id}/activities/{id}</c>.</summary>
    public static string TemplateOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "/")
        {
            return "/";
        }

        var template = new StringBuilder(path.Length);
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            template.Append('/').Append(FixedSegments.Contains(segment) ? segment : Placeholder);
        }

        return template.Length == 0 ? "/" : template.ToString();
    }

    private static void Redact(Activity span, Uri? uri)
    {
        span.SetTag("url.full", uri is { IsAbsoluteUri: true } ? $"{uri.Scheme}://{uri.Authority}{TemplateOf(uri.AbsolutePath)}" : null);
        span.SetTag("url.query", null);
        span.SetTag("http.url", null);
    }
}
