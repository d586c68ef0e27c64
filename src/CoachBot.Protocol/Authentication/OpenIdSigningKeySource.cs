using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CoachBot.Protocol.Authentication;

/// <summary>
/// The signing keys and endorsements of one OpenID metadata URL (PROTOCOL.md §1.4), shared by every
/// request: the container holds one instance for the configured URL.
/// </summary>
/// <remarks>
/// <see cref="ConfigurationManager{T}"/> keeps the keys, refreshes them every 12 hours in the background
/// and keeps the last good set when a refresh fails. Its own <c>RequestRefresh</c> also refreshes in the
/// background and keeps answering with the old keys meanwhile, which cannot serve "refresh, then validate
/// again" for a token signed with a new key. A forced refresh therefore loads a new manager in the
/// foreground and swaps it in only once it has keys; the rate limit runs on <see cref="TimeProvider"/>.
/// </remarks>
internal sealed class OpenIdSigningKeySource : IDisposable
{
    internal static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(12);
    internal static readonly TimeSpan MinimumForcedRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly Uri _metadataUrl;
    private readonly IDocumentRetriever _documents;
    private readonly EndorsedKeysRetriever _retriever;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private DateTimeOffset? _lastForcedRefresh;

    public OpenIdSigningKeySource(Uri metadataUrl, IDocumentRetriever documents, TimeProvider timeProvider, ILogger logger)
    {
        _metadataUrl = metadataUrl;
        _documents = documents;
        _retriever = new EndorsedKeysRetriever(logger);
        _timeProvider = timeProvider;
        _logger = logger;
        _manager = CreateManager();
    }

    public Uri MetadataUrl => _metadataUrl;

    /// <summary>The current keys, loading them on first use; null while they have never loaded.</summary>
    public async Task<EndorsedOpenIdConfiguration?> GetAsync(CancellationToken cancellationToken)
    {
        var manager = Volatile.Read(ref _manager);
        try
        {
            return (EndorsedOpenIdConfiguration)await manager.GetConfigurationAsync(cancellationToken);
        }
        catch (InvalidOperationException exception)
        {
            AuthenticationLog.SigningKeysUnavailable(_logger, _metadataUrl, exception);
            return null;
        }
    }

    /// <summary>
    /// Reloads the keys unless a forced refresh ran less than five minutes ago, then returns the current
    /// keys. Concurrent callers wait for one refresh and share its result.
    /// </summary>
    public async Task<EndorsedOpenIdConfiguration?> RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            var now = _timeProvider.GetUtcNow();
            if (_lastForcedRefresh is { } last && now - last < MinimumForcedRefreshInterval)
            {
                AuthenticationLog.SigningKeysRefreshRateLimited(_logger, _metadataUrl, MinimumForcedRefreshInterval);
                return await GetAsync(cancellationToken);
            }

            _lastForcedRefresh = now;
            AuthenticationLog.SigningKeysRefreshForced(_logger, _metadataUrl);
            var fresh = CreateManager();
            try
            {
                var configuration = (EndorsedOpenIdConfiguration)await fresh.GetConfigurationAsync(cancellationToken);
                Volatile.Write(ref _manager, fresh);
                return configuration;
            }
            catch (InvalidOperationException exception)
            {
                AuthenticationLog.SigningKeysRefreshFailed(_logger, _metadataUrl, exception);
                return await GetAsync(cancellationToken);
            }
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    public void Dispose() => _refreshLock.Dispose();

    private ConfigurationManager<OpenIdConnectConfiguration> CreateManager() =>
        new(_metadataUrl.AbsoluteUri, _retriever, _documents)
        {
            AutomaticRefreshInterval = AutomaticRefreshInterval,
            RefreshInterval = MinimumForcedRefreshInterval,
        };
}
