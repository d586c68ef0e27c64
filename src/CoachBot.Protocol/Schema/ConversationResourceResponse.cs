namespace CoachBot.Protocol.Schema;

/// <summary>The Connector's answer to create-conversation.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
