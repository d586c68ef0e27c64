using System.Text.Json;
using CoachBot.Protocol.Schema;

namespace CoachBot.Coaching.Teams;

/// <summary>
/// Teams puts an @mention of the bot into the message text (<c>&lt;at&gt;CoachBot&lt;/at&gt; check in</c>) and describes
/// it in a <c>mention</c> entity. The words around it are what the person said, so the mention goes before anything
/// reads the text: otherwise "check in" after a mention would not be recognised.
/// </summary>
internal static class TeamsMention
{
    private const string OpenTag = "<at>";
    private const string CloseTag = "</at>";

    /// <summary>The text without the bot's mention, trimmed; the text unchanged when the bot is not mentioned.</summary>
    public static string? WithoutBotMention(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text;
        if (string.IsNullOrEmpty(text) || activity.Recipient is not { } bot)
        {
            return text;
        }

        var removed = false;
        foreach (var entity in activity.Entities ?? [])
        {
            if (MentionTextOf(entity, bot.Id) is { Length: > 0 } mention && text.Contains(mention, StringComparison.OrdinalIgnoreCase))
            {
                text = text.Replace(mention, string.Empty, StringComparison.OrdinalIgnoreCase);
                removed = true;
            }
        }

        // A client that leaves out the entity still marks the mention up; the bot's own name identifies it.
        if (bot.Name is { Length: > 0 } name)
        {
            var markup = OpenTag + name + CloseTag;
            if (text.Contains(markup, StringComparison.OrdinalIgnoreCase))
            {
                text = text.Replace(markup, string.Empty, StringComparison.OrdinalIgnoreCase);
                removed = true;
            }
        }

        return removed ? text.Trim() : activity.Text;
    }

    private static string? MentionTextOf(JsonElement entity, string? botId)
    {
        if (botId is null
            || entity.ValueKind != JsonValueKind.Object
            || !entity.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
            || !string.Equals(type.GetString(), "mention", StringComparison.OrdinalIgnoreCase)
            || !entity.TryGetProperty("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object
            || !mentioned.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
            || !string.Equals(id.GetString(), botId, StringComparison.Ordinal))
        {
            return null;
        }

        return entity.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
    }
}
