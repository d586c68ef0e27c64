namespace CoachBot.Web.WebChannel;

/// <summary>What the page sends for a token: the resume ticket it kept, and whether to begin a new conversation.</summary>
internal sealed record PageTokenRequest(string? Resume, bool StartOver);
