using System.Text.Json.Serialization;

namespace CoachBot.Web.Progress;

/// <summary>Source-generated JSON for shared summaries in the store.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SharedPage))]
internal sealed partial class ProgressWebJson : JsonSerializerContext;
