using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Protocol.Schema;

/// <summary>
/// Source-generated System.Text.Json metadata for the wire types: camelCase names, nulls left out,
/// as the Bot Framework channels send and expect them.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    Converters = [typeof(UtcTimestampConverter)])]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class ProtocolJson : JsonSerializerContext;
