using System.Text.Json.Serialization;

namespace CoachBot.Coaching.Onboarding;

/// <summary>Source-generated JSON for onboarding's dialog state and prompt values.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OnboardingState))]
[JsonSerializable(typeof(ZoneAnswer))]
[JsonSerializable(typeof(string))]
internal sealed partial class OnboardingJson : JsonSerializerContext;
