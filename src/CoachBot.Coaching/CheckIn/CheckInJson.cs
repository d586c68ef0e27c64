using System.Text.Json.Serialization;

namespace CoachBot.Coaching.CheckIn;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CheckInDraft))]
[JsonSerializable(typeof(string))]
internal sealed partial class CheckInJson : JsonSerializerContext;
