namespace CoachBot.Protocol.Connector;

/// <summary>Connector REST v3 addresses (PROTOCOL.md §2.3): the service URL with a trailing '/', then <c>v3/…</c>.</summary>
internal static class ConnectorRoutes
{
    public static Uri ServiceUri(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The activity has no absolute http(s) serviceUrl.", nameof(serviceUrl));
        }

        return uri;
    }

    public static Uri Conversations(Uri serviceUri) => Build(serviceUri, "v3/conversations");

    public static Uri Activities(Uri serviceUri, string? conversationId) =>
        Build(serviceUri, "v3/conversations/" + Segment(conversationId, nameof(conversationId)) + "/activities");

    public static Uri Activity(Uri serviceUri, string? conversationId, string? activityId) =>
        Build(serviceUri, "v3/conversations/" + Segment(conversationId, nameof(conversationId))
            + "/activities/" + Segment(activityId, nameof(activityId)));

    private static Uri Build(Uri serviceUri, string relative)
    {
        var root = serviceUri.GetLeftPart(UriPartial.Path);
        return new Uri(root.EndsWith('/') ? root + relative : root + "/" + relative, UriKind.Absolute);
    }

    // Teams ids such as "a:1xyz;messageid=1" carry ':' and ';', and other channels use '/':
    // each id is one path segment, escaped whole.
    private static string Segment(string? value, string name) =>
        string.IsNullOrEmpty(value)
            ? throw new ArgumentException($"The {name} is required for this Connector call.", name)
            : Uri.EscapeDataString(value);
}
