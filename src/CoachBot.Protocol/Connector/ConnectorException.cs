using System.Net;

namespace CoachBot.Protocol.Connector;

/// <summary>A Connector call that did not succeed, with the status and the channel's error code (never a token).</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(HttpStatusCode statusCode, string? errorCode, string? correlationId)
        : base($"The Connector answered {(int)statusCode} ({errorCode ?? "no error code"}).")
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        CorrelationId = correlationId;
    }

    public HttpStatusCode? StatusCode { get; }

    public string? ErrorCode { get; }

    public string? CorrelationId { get; }
}
