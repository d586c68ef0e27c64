using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Protocol.Connector;

/// <summary>
/// PROTOCOL.md §2.2: the token goes to Bot Framework hosts seen on authenticated inbound activities,
/// or to service URLs configured as trusted, and nowhere else. Both are compared by origin
/// (scheme, host, port), never by path.
/// </summary>
internal sealed class ServiceUrlTrust : IServiceUrlTrust
{
    /// <summary>Real deployments see a handful of regional hosts; the cap only bounds memory.</summary>
    public const int MaxRecordedOrigins = 256;

    private static readonly string[] BotFrameworkHostSuffixes =
        ["botframework.com", "smba.trafficmanager.net", "teams.microsoft.com", "teams.microsoft.us"];

    private readonly HashSet<string> _configured;
    private readonly ConcurrentDictionary<string, bool> _recorded = new(StringComparer.Ordinal);
    private readonly ILogger<ServiceUrlTrust> _logger;

    public ServiceUrlTrust(IOptions<ConnectorOptions> options, ILogger<ServiceUrlTrust> logger)
    {
        _logger = logger;
        _configured = options.Value.TrustedServiceUrls
            .Where(url => url.IsAbsoluteUri)
            .Select(Origin)
            .ToHashSet(StringComparer.Ordinal);
    }

    public void RecordAuthenticated(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            return;
        }

        // A token must never travel in clear text, whatever host an inbound activity names.
        if (uri.Scheme != Uri.UriSchemeHttps || !IsBotFrameworkHost(uri.IdnHost))
        {
            _logger.ServiceUrlNotRecorded(uri.Host);
            return;
        }

        var origin = Origin(uri);
        if (_recorded.ContainsKey(origin))
        {
            return;
        }

        if (_recorded.Count >= MaxRecordedOrigins)
        {
            _logger.RecordedServiceUrlsFull(_recorded.Count, uri.Host);
            return;
        }

        _recorded.TryAdd(origin, true);
    }

    public bool MayReceiveToken(Uri serviceUrl)
    {
        if (!serviceUrl.IsAbsoluteUri)
        {
            return false;
        }

        var origin = Origin(serviceUrl);
        return _configured.Contains(origin)
            || (_recorded.ContainsKey(origin) && IsBotFrameworkHost(serviceUrl.IdnHost));
    }

    private static bool IsBotFrameworkHost(string host)
    {
        foreach (var suffix in BotFrameworkHostSuffixes)
        {
            // A label boundary, so that "evilbotframework.com" is not taken for "botframework.com".
            if (host.Equals(suffix, StringComparison.OrdinalIgnoreCase)
                || host.EndsWith("." + suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string Origin(Uri uri) => uri.GetLeftPart(UriPartial.Authority).ToUpperInvariant();
}
