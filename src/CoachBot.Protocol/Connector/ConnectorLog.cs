using System.Net;
using Microsoft.Extensions.Logging;

namespace CoachBot.Protocol.Connector;

/// <summary>Log events of the outbound Connector path, EventIds 1100–1199. Never a token, secret or message text.</summary>
internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Debug, Message = "Acquired a Connector token ({AppType}), valid until {ExpiresOn}")]
    public static partial void TokenAcquired(this ILogger logger, BotAppType appType, DateTimeOffset expiresOn);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "Could not acquire a Connector token ({AppType}): {ErrorCode} ({ExceptionType})")]
    public static partial void TokenAcquisitionFailed(this ILogger logger, BotAppType appType, string? errorCode, string exceptionType);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Connector {Operation} to {ServiceHost} failed with {StatusCode}, error code {ErrorCode}, correlation id {CorrelationId}")]
    public static partial void CallFailed(this ILogger logger, string operation, string serviceHost, int statusCode, string? errorCode, string? correlationId);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Connector {Operation} to {ServiceHost} got no answer: {ExceptionType}")]
    public static partial void CallUnanswered(this ILogger logger, string operation, string serviceHost, string exceptionType);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Information, Message = "The Connector at {ServiceHost} refused the token; retrying once with a fresh one")]
    public static partial void RetryingWithFreshToken(this ILogger logger, string serviceHost);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Debug, Message = "No token is sent to {ServiceHost}: not a trusted service URL")]
    public static partial void NoTokenForUntrustedServiceUrl(this ILogger logger, string serviceHost);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Information, Message = "Retrying a Connector call to {ServiceHost} after {StatusCode} in {Delay} (retry {Attempt})")]
    public static partial void RetryingCall(this ILogger logger, string serviceHost, HttpStatusCode? statusCode, TimeSpan delay, int attempt);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Debug, Message = "Service URL host {ServiceHost} is not a Bot Framework host and is not recorded as trusted")]
    public static partial void ServiceUrlNotRecorded(this ILogger logger, string serviceHost);

    [LoggerMessage(EventId = 1108, Level = LogLevel.Warning, Message = "{Count} service URLs are recorded already; {ServiceHost} is not added")]
    public static partial void RecordedServiceUrlsFull(this ILogger logger, int count, string serviceHost);

    [LoggerMessage(EventId = 1109, Level = LogLevel.Warning, Message = "Connector {Operation} to {ServiceHost} succeeded with a body that is not the expected JSON")]
    public static partial void UnreadableResponseBody(this ILogger logger, string operation, string serviceHost);
}
