using System.Text.Json.Serialization;

namespace CoachBot.Coaching.NightHelp;

/// <summary>Source-generated JSON for the routine's dialog state.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(NightHelpState))]
internal sealed partial class NightHelpJson : JsonSerializerContext;
