using System.Text.Json.Serialization;

namespace CoachBot.Web.Scheduling;

/// <summary>Source-generated JSON for the schedule index, its cursor and prompt claims.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ScheduleBucket))]
[JsonSerializable(typeof(ScheduleCursor))]
[JsonSerializable(typeof(PromptClaim))]
internal sealed partial class SchedulingJson : JsonSerializerContext;
