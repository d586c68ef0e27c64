using System.Security.Claims;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Protocol.Authentication;

/// <summary>
/// Validates inbound bearer tokens in the order of PROTOCOL.md §1.1: header shape, issuer (before any key
/// is fetched), then signature, lifetime and audience. Channel checks follow in
/// <see cref="ChannelAuthResult.ValidateActivity"/> once the body is parsed.
/// </summary>
internal sealed class BotFrameworkChannelAuthenticator : IChannelAuthenticator
{
    internal const string ChannelIssuer = "https://api.botframework.com";

    private const int MaximumLoggedIssuerLength = 200;

    private readonly JsonWebTokenHandler _handler = new();
    private readonly TokenValidationRules _rules;
    private readonly string[] _ownTenantIssuers;
    private readonly Dictionary<string, (IAdditionalTokenIssuer Issuer, IReadOnlySet<string> Endorsements)> _additionalIssuers;
    private readonly OpenIdSigningKeySource _channelKeys;
    private readonly ILogger _logger;

    public BotFrameworkChannelAuthenticator(
        IOptions<BotAuthenticationOptions> options,
        OpenIdSigningKeySource channelKeys,
        IEnumerable<IAdditionalTokenIssuer> additionalIssuers,
        TimeProvider timeProvider,
        ILogger<BotFrameworkChannelAuthenticator> logger)
    {
        var settings = options.Value;
        IsAnonymous = settings.IsAnonymous;
        _rules = new TokenValidationRules(settings.MicrosoftAppId?.Trim(), timeProvider);
        _ownTenantIssuers = settings.IsSingleTenantType && !string.IsNullOrWhiteSpace(settings.MicrosoftAppTenantId)
            ? [$"https://sts.windows.net/{settings.MicrosoftAppTenantId.Trim()}/", $"https://login.microsoftonline.com/{settings.MicrosoftAppTenantId.Trim()}/v2.0"]
            : [];
        _additionalIssuers = new(StringComparer.Ordinal);
        foreach (var issuer in additionalIssuers)
        {
            if (string.IsNullOrWhiteSpace(issuer.Issuer) || string.Equals(issuer.Issuer, ChannelIssuer, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("An additional token issuer needs its own, non-empty issuer value.");
            }

            if (!_additionalIssuers.TryAdd(issuer.Issuer, (issuer, new HashSet<string>(issuer.EndorsedChannelIds, StringComparer.Ordinal))))
            {
                throw new InvalidOperationException("Two additional token issuers share one issuer value.");
            }
        }

        _channelKeys = channelKeys;
        _logger = logger;
    }

    public bool IsAnonymous { get; }

    public async Task<ChannelAuthResult> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (IsAnonymous)
        {
            return ChannelAuthResult.Anonymous();
        }

        if (!BearerHeader.TryReadToken(authorizationHeader, out var token, out var headerFailure))
        {
            return Reject(headerFailure);
        }

        JsonWebToken jwt;
        string issuer;
        try
        {
            if (!_handler.CanReadToken(token))
            {
                return Reject("the bearer token is not a JWT");
            }

            jwt = _handler.ReadJsonWebToken(token);
            issuer = jwt.Issuer ?? string.Empty;
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenException)
        {
            return Reject("the bearer token is not a well-formed JWT");
        }

        if (jwt.IsEncrypted)
        {
            return Reject("encrypted tokens are not accepted");
        }

        if (string.Equals(issuer, ChannelIssuer, StringComparison.Ordinal))
        {
            return await AuthenticateChannelTokenAsync(jwt, cancellationToken);
        }

        if (_additionalIssuers.TryGetValue(issuer, out var additional))
        {
            return await AuthenticateAdditionalIssuerTokenAsync(jwt, additional.Issuer, additional.Endorsements);
        }

        LogRejectedIssuer(issuer);
        return Reject("the token's issuer is not trusted");
    }

    private async Task<ChannelAuthResult> AuthenticateChannelTokenAsync(JsonWebToken jwt, CancellationToken cancellationToken)
    {
        // Endorsements belong to one kid, so the token must name it and only that key may verify it.
        var keyId = jwt.Kid;
        if (string.IsNullOrEmpty(keyId))
        {
            return Reject("the token names no signing key (kid)");
        }

        var configuration = await _channelKeys.GetAsync(cancellationToken);
        if (configuration is null)
        {
            return Reject("the signing keys are unavailable");
        }

        var keys = KeysWithId(configuration, keyId);
        if (keys.Count == 0)
        {
            configuration = await _channelKeys.RefreshAsync(cancellationToken);
            keys = configuration is null ? [] : KeysWithId(configuration, keyId);
            if (keys.Count == 0)
            {
                return Reject("the token's signing key is unknown");
            }
        }

        var (identity, failure) = await ValidateAsync(jwt, ChannelIssuer, keys, tryAllKeys: false);
        if (identity is null)
        {
            return Reject(failure!);
        }

        return ChannelAuthResult.Authenticated(identity, configuration!.Endorsements.GetValueOrDefault(keyId));
    }

    private async Task<ChannelAuthResult> AuthenticateAdditionalIssuerTokenAsync(
        JsonWebToken jwt, IAdditionalTokenIssuer issuer, IReadOnlySet<string> endorsements)
    {
        List<SecurityKey> keys;
        try
        {
            keys = [.. issuer.GetSigningKeys()];
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            AuthenticationLog.AdditionalIssuerKeysFailed(_logger, issuer.Issuer, exception);
            return Reject("the issuer's signing keys are unavailable");
        }

        if (keys.Count == 0)
        {
            return Reject("the issuer has no signing keys");
        }

        // All keys of one issuer carry the same endorsements, so any of them may have signed.
        var (identity, failure) = await ValidateAsync(jwt, issuer.Issuer, keys, tryAllKeys: true);
        return identity is null ? Reject(failure!) : ChannelAuthResult.Authenticated(identity, endorsements);
    }

    private async Task<(ClaimsIdentity? Identity, string? Failure)> ValidateAsync(
        JsonWebToken jwt, string issuer, IReadOnlyList<SecurityKey> keys, bool tryAllKeys)
    {
        var parameters = _rules.For(issuer, keys, tryAllKeys);
        TokenValidationResult result;
        try
        {
            result = await _handler.ValidateTokenAsync(jwt, parameters);
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenException)
        {
            return (null, "the token failed validation");
        }

        return result.IsValid && result.ClaimsIdentity is { } identity
            ? (identity, null)
            : (null, TokenValidationRules.Describe(result.Exception));
    }

    private static List<SecurityKey> KeysWithId(EndorsedOpenIdConfiguration configuration, string keyId) =>
        [.. configuration.SigningKeys.Where(key => string.Equals(key.KeyId, keyId, StringComparison.Ordinal))];

    private void LogRejectedIssuer(string issuer)
    {
        var printable = new string([.. issuer.Take(MaximumLoggedIssuerLength).Select(c => char.IsControl(c) ? '?' : c)]);
        if (_ownTenantIssuers.Contains(issuer, StringComparer.OrdinalIgnoreCase))
        {
            AuthenticationLog.OwnTenantIssuerRejected(_logger, printable);
        }
        else
        {
            AuthenticationLog.IssuerRejected(_logger, printable);
        }
    }

    private ChannelAuthResult Reject(string reason)
    {
        AuthenticationLog.TokenRejected(_logger, reason);
        return ChannelAuthResult.Failed(reason);
    }
}
