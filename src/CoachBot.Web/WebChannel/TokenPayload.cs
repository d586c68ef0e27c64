using System.Text.Json.Serialization;

namespace CoachBot.Web.WebChannel;

/// <summary>
/// What a signed token says: its purpose (a Direct Line token or a resume ticket), the user and the
/// conversation it is bound to, and when it stops being valid (Unix seconds).
/// </summary>
internal sealed record TokenPayload(
    [property: JsonPropertyName("p")] string Purpose,
    [property: JsonPropertyName("u")] string UserId,
    [property: JsonPropertyName("c")] string ConversationId,
    [property: JsonPropertyName("exp")] long ExpiresAt)
{
    public const string DirectLinePurpose = "dl";
    public const string ResumePurpose = "resume";
}
