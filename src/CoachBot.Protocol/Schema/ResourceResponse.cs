namespace CoachBot.Protocol.Schema;

/// <summary>The Connector's answer to a send: the id the channel gave the activity.</summary>
public sealed record ResourceResponse(string? Id);
