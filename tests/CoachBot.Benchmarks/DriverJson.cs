using System.Text.Json.Serialization;

namespace CoachBot.Benchmarks;

[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(string[]))]
internal sealed partial class DriverJson : JsonSerializerContext;
