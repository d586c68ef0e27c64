namespace CoachBot.Protocol.Connector;

/// <summary>Anonymous mode (no <c>MicrosoftAppId</c>): outbound calls carry no token.</summary>
internal sealed class AnonymousBotTokenProvider : IBotTokenProvider
{
    public ValueTask<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
