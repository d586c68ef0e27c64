using System.Text.Json.Serialization;

namespace CoachBot.Coaching.Scheduling;

/// <summary>Source-generated JSON for the prompt's button value.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class PromptJson : JsonSerializerContext;
