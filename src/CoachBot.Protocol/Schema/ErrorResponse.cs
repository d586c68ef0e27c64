namespace CoachBot.Protocol.Schema;

/// <summary>The Connector's error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ErrorResponse(ConnectorError? Error);

/// <summary>One Connector error.</summary>
public sealed record ConnectorError(string? Code, string? Message);
