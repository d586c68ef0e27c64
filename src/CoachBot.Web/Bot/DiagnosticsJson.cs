using System.Text.Json.Serialization;

namespace CoachBot.Web.Bot;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DiagnosticCounters))]
internal sealed partial class DiagnosticsJson : JsonSerializerContext;
