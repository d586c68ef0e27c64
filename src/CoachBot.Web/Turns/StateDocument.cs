using System.Buffers;
using System.Text.Json;

namespace CoachBot.Web.Turns;

/// <summary>
/// The stored form of one state scope: <c>{"seen":[…],"data":{…}}</c>. <c>seen</c> holds the ids of the
/// last inbound activities applied to the conversation, written in the same conditional write as the
/// state they changed, so a redelivered activity is recognised and never applied twice.
/// </summary>
internal sealed class StateDocument
{
    /// <summary>How many recent activity ids are remembered per conversation.</summary>
    public const int SeenCapacity = 32;

    public List<string> Seen { get; } = [];

    public ReadOnlyMemory<byte> Data { get; private set; }

    public static StateDocument Parse(ReadOnlyMemory<byte> stored)
    {
        var document = new StateDocument();
        var reader = new Utf8JsonReader(stored.Span);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A state document must be a JSON object.");
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("seen"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    while (reader.Read() && reader.TokenType == JsonTokenType.String)
                    {
                        document.Seen.Add(reader.GetString()!);
                    }
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                document.Data = stored[start..(int)reader.BytesConsumed];
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return document;
    }

    public bool HasSeen(string? activityId) => activityId is not null && Seen.Contains(activityId, StringComparer.Ordinal);

    public void MarkSeen(string? activityId)
    {
        if (activityId is null || HasSeen(activityId))
        {
            return;
        }

        if (Seen.Count >= SeenCapacity)
        {
            Seen.RemoveAt(0);
        }

        Seen.Add(activityId);
    }

    public static byte[] Write(IReadOnlyList<string> seen, ReadOnlySpan<byte> data)
    {
        var buffer = new ArrayBufferWriter<byte>(data.Length + 64 + (seen.Count * 48));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (seen.Count > 0)
            {
                writer.WriteStartArray("seen"u8);
                foreach (var id in seen)
                {
                    writer.WriteStringValue(id);
                }

                writer.WriteEndArray();
            }

            writer.WritePropertyName("data"u8);
            writer.WriteRawValue(data, skipInputValidation: true);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
