using System.Text.Json.Serialization;

namespace CoachBot.Coaching.MyData;

/// <summary>Source-generated JSON for the diary export: indented for people, nulls kept so a skipped item shows as skipped.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ExportDocument))]
public sealed partial class ExportJson : JsonSerializerContext;
