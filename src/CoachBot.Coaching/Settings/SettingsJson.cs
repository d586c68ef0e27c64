using System.Text.Json.Serialization;

namespace CoachBot.Coaching.Settings;

/// <summary>Source-generated JSON for the settings dialog's state.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SettingsState))]
internal sealed partial class SettingsJson : JsonSerializerContext;
