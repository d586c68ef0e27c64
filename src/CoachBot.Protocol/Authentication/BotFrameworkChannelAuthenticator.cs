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
    internal static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private const int MaximumLoggedIssuerLength = 200;
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new();
    private readonly string? _appId;
    private readonly string[] _ownTenantIssuers;
    private readonly Dictionary<string, (IAdditionalTokenIssuer Issuer, IReadOnlySet<string> Endorsements)> _additionalIssuers;
    private readonly OpenIdSigningKeySource _channelKeys;
    private readonly TimeProvider _timeProvider;
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
        _appId = settings.MicrosoftAppId?.Trim();
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
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public bool IsAnonymous { get; }

    public async Task<ChannelAuthResult> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (IsAnonymous)
        {
            return ChannelAuthResult.Anonymous();
        }

        if (!TryReadBearerToken(authorizationHeader, out var token, out var headerFailure))
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
        var parameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = issuer,
            ValidateAudience = true,
            RequireAudience = true,
            ValidAudience = _appId,
            // App ids are GUIDs, whose letter case carries no meaning; a trailing slash does.
            IgnoreCaseWhenValidatingAudience = true,
            IgnoreTrailingSlashWhenValidatingAudience = false,
            RequireSignedTokens = true,
            IssuerSigningKeys = keys,
            TryAllIssuerSigningKeys = tryAllKeys,
            ValidAlgorithms = AllowedAlgorithms,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = ClockSkew,
            LifetimeValidator = ValidateLifetime,
        };

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
            : (null, DescribeFailure(result.Exception));
    }

    // TokenValidationParameters reads the system clock; this reads the injected one.
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        }

        if (notBefore is { } validFrom && validFrom > expires.Value)
        {
            throw new SecurityTokenInvalidLifetimeException("The token's validity ends before it starts.");
        }

        if (notBefore is { } start && start > now + ClockSkew)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.");
        }

        if (expires.Value < now - ClockSkew)
        {
            throw new SecurityTokenExpiredException("The token has expired.");
        }

        return true;
    }

    private static string DescribeFailure(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenNoExpirationException => "the token has no expiry",
        SecurityTokenInvalidLifetimeException => "the token's lifetime is invalid",
        SecurityTokenInvalidAudienceException => "the token's audience is not this bot",
        SecurityTokenInvalidIssuerException => "the token's issuer is not trusted",
        SecurityTokenInvalidAlgorithmException => "the token's signing algorithm is not allowed",
        SecurityTokenSignatureKeyNotFoundException => "the token's signing key is unknown",
        SecurityTokenInvalidSignatureException => "the token's signature is invalid",
        _ => "the token failed validation",
    };

    private static List<SecurityKey> KeysWithId(EndorsedOpenIdConfiguration configuration, string keyId) =>
        [.. configuration.SigningKeys.Where(key => string.Equals(key.KeyId, keyId, StringComparison.Ordinal))];

    private static bool TryReadBearerToken(string? header, out string token, out string failure)
    {
        token = string.Empty;
        if (string.IsNullOrEmpty(header))
        {
            failure = "no Authorization header";
            return false;
        }

        // Exactly two parts on one space and a case-sensitive scheme, as the Bot Framework SDK checks.
        var parts = header.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.Ordinal))
        {
            failure = "the Authorization header is not of the form 'Bearer <token>'";
            return false;
        }

        if (parts[1].Length == 0)
        {
            failure = "the bearer token is empty";
            return false;
        }

        token = parts[1];
        failure = string.Empty;
        return true;
    }

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
