using System.Text.Json.Serialization;

namespace CoachBot.Web.WebChannel;

/// <summary>Direct Line 3.0's answer to start, reconnect and token refresh.</summary>
internal sealed record DirectLineConversation(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] long ExpiresIn);
