namespace CoachBot.Protocol.Authentication;

/// <summary>
/// Inbound authentication of <c>POST /api/messages</c>, in the two steps PROTOCOL.md §1.1 orders:
/// the bearer token before the body is trusted, then the channel checks against the parsed activity.
/// </summary>
public interface IChannelAuthenticator
{
    /// <summary>True when no <c>MicrosoftAppId</c> is configured (local development).</summary>
    bool IsAnonymous { get; }

    /// <summary>Validates the <c>Authorization</c> header. Never throws for a bad token: returns a failure.</summary>
    Task<ChannelAuthResult> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken);
}
