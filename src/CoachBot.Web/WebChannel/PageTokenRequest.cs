namespace CoachBot.Web.WebChannel;

/// <summary>
/// What the page sends for a token: the resume ticket it kept, whether to begin a new conversation, and the
/// browser's locale and IANA time zone (so the bot can offer the time zone instead of asking for it).
/// </summary>
internal sealed record PageTokenRequest(string? Resume, bool StartOver, string? Locale = null, string? TimeZone = null);
