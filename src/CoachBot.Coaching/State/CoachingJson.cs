using System.Text.Json.Serialization;

namespace CoachBot.Coaching.State;

/// <summary>Source-generated JSON for the state CoachBot stores.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationData))]
[JsonSerializable(typeof(UserData))]
public sealed partial class CoachingJson : JsonSerializerContext;
