using Microsoft.Extensions.Logging;

namespace CoachBot.Protocol.Authentication;

/// <summary>Inbound authentication events, EventIds 1000–1099. Never a token, never a secret.</summary>
internal static partial class AuthenticationLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Warning,
        Message = "No MicrosoftAppId is configured: inbound authentication is off and requests are accepted without a token. Use this for local development only.")]
    public static partial void AnonymousMode(ILogger logger);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning,
        Message = "Rejected a token from an untrusted issuer {Issuer}; no signing keys were fetched")]
    public static partial void IssuerRejected(ILogger logger, string issuer);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
        Message = "Rejected a token issued by this bot's own Entra tenant ({Issuer}); only https://api.botframework.com channel tokens are accepted")]
    public static partial void OwnTenantIssuerRejected(ILogger logger, string issuer);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error,
        Message = "Signing keys from {MetadataUrl} have never loaded; tokens are rejected until they do")]
    public static partial void SigningKeysUnavailable(ILogger logger, Uri metadataUrl, Exception exception);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information,
        Message = "A token names a signing key not in the cached set; refreshing keys from {MetadataUrl}")]
    public static partial void SigningKeysRefreshForced(ILogger logger, Uri metadataUrl);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning,
        Message = "Refreshing signing keys from {MetadataUrl} failed; keeping the last good keys")]
    public static partial void SigningKeysRefreshFailed(ILogger logger, Uri metadataUrl, Exception exception);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Debug,
        Message = "Signing keys from {MetadataUrl} were refreshed less than {MinimumInterval} ago; not refreshing again")]
    public static partial void SigningKeysRefreshRateLimited(ILogger logger, Uri metadataUrl, TimeSpan minimumInterval);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Debug, Message = "Rejected an inbound token: {Reason}")]
    public static partial void TokenRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Error,
        Message = "The additional token issuer {Issuer} could not supply its signing keys")]
    public static partial void AdditionalIssuerKeysFailed(ILogger logger, string issuer, Exception exception);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Information,
        Message = "Loaded {KeyCount} signing keys from {JwksUrl}")]
    public static partial void SigningKeysLoaded(ILogger logger, int keyCount, string jwksUrl);
}
