using System.Text.Json;

namespace CoachBot.Protocol.Schema;

/// <summary>What an <c>invoke</c> activity answers in the HTTP response.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body);
