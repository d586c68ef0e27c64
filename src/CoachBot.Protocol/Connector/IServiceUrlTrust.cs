namespace CoachBot.Protocol.Connector;

/// <summary>
/// Decides where the bot's outbound bearer token may go (PROTOCOL.md §2.2): service URLs seen on
/// authenticated inbound activities whose host is a Bot Framework host, or configured as trusted.
/// </summary>
public interface IServiceUrlTrust
{
    /// <summary>Records a service URL from an inbound activity whose token passed every check.</summary>
    void RecordAuthenticated(string serviceUrl);

    /// <summary>True when a bearer token may be attached to a request to this service URL.</summary>
    bool MayReceiveToken(Uri serviceUrl);
}
