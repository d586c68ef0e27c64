using System.Text;
using System.Text.Json;
using CoachBot.Protocol.Schema;

namespace CoachBot.Coaching.Safety;

/// <summary>
/// Everything a person wrote in one activity: the message text and the text fields of a card submit
/// (the check-in's note), each on its own line so words of two fields never run together.
/// </summary>
internal static class InboundText
{
    public static string Of(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return activity.Text ?? string.Empty;
        }

        var text = new StringBuilder(activity.Text);
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } field)
            {
                text.Append('\n').Append(field);
            }
        }

        return text.ToString();
    }
}
