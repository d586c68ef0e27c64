namespace CoachBot.Protocol.Connector;

/// <summary>The bot's outbound token for the Connector (PROTOCOL.md §2.1); null in anonymous mode.</summary>
public interface IBotTokenProvider
{
    ValueTask<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}
