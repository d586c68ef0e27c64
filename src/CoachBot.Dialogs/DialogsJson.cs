using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Dialogs;

/// <summary>Source-generated JSON for the dialog runtime's own state and prompt values.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DialogState))]
[JsonSerializable(typeof(JsonElement[]))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(TimeOnly))]
public sealed partial class DialogsJson : JsonSerializerContext;
