using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;

namespace CoachBot.Web.Turns;

/// <summary>A state scope whose value is a <typeparamref name="T"/> serialized with source-generated JSON.</summary>
internal sealed class StateScope<T>(string name, Func<Activity, string?> key, JsonTypeInfo<T> typeInfo, bool isConversationScope) : IStateScope
    where T : class, new()
{
    public string Name => name;

    public bool IsConversationScope => isConversationScope;

    public string? GetKey(Activity activity) => key(activity);

    public void Load(TurnState turnState, ReadOnlySpan<byte> data) =>
        turnState.Set(JsonSerializer.Deserialize(data, typeInfo) ?? new T());

    public void LoadNew(TurnState turnState) => turnState.Set(new T());

    public byte[] Serialize(TurnState turnState) => JsonSerializer.SerializeToUtf8Bytes(turnState.Get<T>(), typeInfo);
}
