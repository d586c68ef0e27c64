using System.Text.Json.Serialization;

namespace CoachBot.Web.WebChannel;

/// <summary>
/// What a signed token says: its purpose (a Direct Line token or a resume ticket), the user and the
/// conversation it is bound to, when it stops being valid (Unix seconds), and the browser's locale and
/// IANA time zone, which the channel passes on when the conversation starts.
/// </summary>
internal sealed record TokenPayload(
    [property: JsonPropertyName("p")] string Purpose,
    [property: JsonPropertyName("u")] string UserId,
    [property: JsonPropertyName("c")] string ConversationId,
    [property: JsonPropertyName("exp")] long ExpiresAt,
    [property: JsonPropertyName("l")] string? Locale = null,
    [property: JsonPropertyName("tz")] string? TimeZone = null)
{
    public const string DirectLinePurpose = "dl";
    public const string ResumePurpose = "resume";
}
