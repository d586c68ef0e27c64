using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CoachBot.Coaching.CheckIn;

[JsonSerializable(typeof(JsonObject))]
internal sealed partial class CardJson : JsonSerializerContext;
