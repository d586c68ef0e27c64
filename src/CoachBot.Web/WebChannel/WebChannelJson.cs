using System.Text.Json.Serialization;
using CoachBot.Protocol.Schema;

namespace CoachBot.Web.WebChannel;

/// <summary>Source-generated JSON for the channel's own shapes, with the wire conventions of <see cref="ProtocolJson"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    Converters = [typeof(UtcTimestampConverter)])]
[JsonSerializable(typeof(ConversationRecord))]
[JsonSerializable(typeof(ActivitySet))]
[JsonSerializable(typeof(DirectLineConversation))]
[JsonSerializable(typeof(PageTokenRequest))]
[JsonSerializable(typeof(PageTokenResponse))]
[JsonSerializable(typeof(TokenPayload))]
internal sealed partial class WebChannelJson : JsonSerializerContext;
