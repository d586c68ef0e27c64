using System.Text.Json.Serialization;

namespace CoachBot.Web.MyData;

/// <summary>Source-generated JSON for export links and their per-person index.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ExportLinkDocument))]
[JsonSerializable(typeof(ExportLinkIndex))]
internal sealed partial class MyDataWebJson : JsonSerializerContext;
