using Azure;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Logging;

namespace CoachBot.Protocol.Connector;

/// <summary>
/// Tokens for a UserAssignedMSI bot. The credential is asked only when the cached token has under
/// five minutes left (or a 401 forces it), and one caller at a time does the asking.
/// </summary>
internal sealed class ManagedIdentityTokenProvider(
    TokenCredential credential,
    TimeProvider timeProvider,
    ILogger<ManagedIdentityTokenProvider> logger) : IBotTokenProvider, IDisposable
{
    private static readonly TokenRequestContext Request = new([BotTokenDefaults.Scope]);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CachedToken? _cached;

    public async ValueTask<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var current = _cached;
        if (!forceRefresh && IsFresh(current))
        {
            return current!.Value;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have refreshed while this one waited.
            var cached = _cached;
            if (!forceRefresh && IsFresh(cached))
            {
                return cached!.Value;
            }

            var token = await credential.GetTokenAsync(Request, cancellationToken);
            _cached = new CachedToken(token.Token, token.ExpiresOn);
            logger.TokenAcquired(BotAppType.UserAssignedMSI, token.ExpiresOn);
            return token.Token;
        }
        catch (Exception ex) when (ex is AuthenticationFailedException or RequestFailedException)
        {
            logger.TokenAcquisitionFailed(BotAppType.UserAssignedMSI, null, ex.GetType().Name);
            throw new ConnectorException("The bot's Connector token could not be acquired from the managed identity.", ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private bool IsFresh(CachedToken? token) =>
        token is not null && token.ExpiresOn - timeProvider.GetUtcNow() > BotTokenDefaults.RefreshMargin;

    private sealed record CachedToken(string Value, DateTimeOffset ExpiresOn);
}
