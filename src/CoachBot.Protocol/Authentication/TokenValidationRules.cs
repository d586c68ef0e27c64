using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Protocol.Authentication;

/// <summary>
/// The checks every accepted token passes, whoever issued it (PROTOCOL.md §1.2): audience = app id,
/// RSA signatures only, a required expiry and five minutes of clock skew on the injected clock.
/// </summary>
internal sealed class TokenValidationRules(string? appId, TimeProvider timeProvider)
{
    internal static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    public TokenValidationParameters For(string issuer, IReadOnlyList<SecurityKey> keys, bool tryAllKeys) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = issuer,
        ValidateAudience = true,
        RequireAudience = true,
        ValidAudience = appId,
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

    /// <summary>A short reason for the log and the result; never the exception's text, which may quote the token.</summary>
    public static string Describe(Exception? exception) => exception switch
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

    // TokenValidationParameters would read the system clock; this reads the injected one.
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
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
}
