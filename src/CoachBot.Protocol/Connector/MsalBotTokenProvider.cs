using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace CoachBot.Protocol.Connector;

/// <summary>
/// Client-credentials tokens for MultiTenant and SingleTenant bots. MSAL's in-memory cache keeps a
/// token until it has under five minutes left; the gate makes a cache miss fetch once, not once per caller.
/// </summary>
internal sealed class MsalBotTokenProvider : IBotTokenProvider, IDisposable
{
    private static readonly string[] Scopes = [BotTokenDefaults.Scope];

    private readonly IConfidentialClientApplication _application;
    private readonly BotAppType _appType;
    private readonly ILogger<MsalBotTokenProvider> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public MsalBotTokenProvider(
        IOptions<BotAppOptions> appOptions,
        IOptions<TokenAuthorityOptions> authorityOptions,
        MsalHttpClientFactory httpClientFactory,
        ILogger<MsalBotTokenProvider> logger)
    {
        var app = appOptions.Value;
        _appType = app.AppType ?? BotAppType.MultiTenant;
        _logger = logger;

        var tenant = _appType == BotAppType.SingleTenant ? app.MicrosoftAppTenantId! : BotTokenDefaults.MultiTenantTenant;
        var authority = authorityOptions.Value.TokenAuthorityHost.GetLeftPart(UriPartial.Path).TrimEnd('/')
            + "/" + Uri.EscapeDataString(tenant.Trim()) + "/";

        // The authority comes from our own configuration, so MSAL's network look-ups that vet
        // unknown hosts add nothing but a request to the public cloud.
        _application = ConfidentialClientApplicationBuilder.Create(app.MicrosoftAppId)
            .WithClientSecret(app.MicrosoftAppPassword)
            .WithAuthority(authority, validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(httpClientFactory)
            .Build();
    }

    public async ValueTask<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var result = await _application.AcquireTokenForClient(Scopes)
                .WithForceRefresh(forceRefresh)
                .ExecuteAsync(cancellationToken);
            if (result.AuthenticationResultMetadata.TokenSource != TokenSource.Cache)
            {
                _logger.TokenAcquired(_appType, result.ExpiresOn);
            }

            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            // MSAL's own text can quote the identity provider's answer; the code is enough to act on.
            _logger.TokenAcquisitionFailed(_appType, ex.ErrorCode, ex.GetType().Name);
            throw new ConnectorException($"The bot's Connector token could not be acquired ({ex.ErrorCode}).", ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
