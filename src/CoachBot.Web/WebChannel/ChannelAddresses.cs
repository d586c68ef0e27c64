using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CoachBot.Web.WebChannel;

/// <summary>
/// Where the channel sends activities (the bot's <c>/api/messages</c>) and the <c>serviceUrl</c> the bot
/// answers to (<c>/webchannel/</c> on this server). Both come from the server's own listening address,
/// preferring plain HTTP on loopback, because the bot and the channel share this process.
/// </summary>
internal sealed class ChannelAddresses(IServer server, IOptions<LocalWebChannelOptions> options, ILogger<ChannelAddresses> logger)
{
    public const string ServicePath = "/webchannel/";

    private readonly Lazy<(Uri BotEndpoint, string ServiceUrl)> _resolved = new(
        () => Resolve(server, options.Value, logger),
        LazyThreadSafetyMode.PublicationOnly);

    public Uri BotEndpoint => _resolved.Value.BotEndpoint;

    /// <summary>The <c>serviceUrl</c> on every activity the channel sends, with its trailing slash.</summary>
    public string ServiceUrl => _resolved.Value.ServiceUrl;

    private static (Uri, string) Resolve(IServer server, LocalWebChannelOptions options, ILogger logger)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var own = addresses
            .Select(ToCallable)
            .OfType<Uri>()
            .OrderBy(u => u.Scheme == Uri.UriSchemeHttp ? 0 : 1)
            .ThenBy(u => u.IsLoopback ? 0 : 1)
            .FirstOrDefault()
            ?? throw new InvalidOperationException("The server has no listening address yet; the local web channel cannot reach the bot.");

        var serviceUrl = new Uri(own, ServicePath).ToString();
        var botEndpoint = options.BotEndpoint ?? new Uri(own, "/api/messages");
        WebChannelLog.AddressesResolved(logger, botEndpoint, serviceUrl);
        return (botEndpoint, serviceUrl);
    }

    /// <summary>A listening address as a URL this process can call: wildcard hosts become loopback.</summary>
    private static Uri? ToCallable(string address)
    {
        var wildcardFree = address
            .Replace("://+:", "://127.0.0.1:", StringComparison.Ordinal)
            .Replace("://*:", "://127.0.0.1:", StringComparison.Ordinal);
        if (!Uri.TryCreate(wildcardFree, UriKind.Absolute, out var uri))
        {
            return null;
        }

        if (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip))
        {
            if (ip.Equals(IPAddress.Any))
            {
                return new UriBuilder(uri) { Host = "127.0.0.1" }.Uri;
            }

            if (ip.Equals(IPAddress.IPv6Any))
            {
                return new UriBuilder(uri) { Host = "[::1]" }.Uri;
            }
        }

        return uri;
    }
}
