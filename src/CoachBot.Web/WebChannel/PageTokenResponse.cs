namespace CoachBot.Web.WebChannel;

/// <summary>
/// The page's session: a Direct Line token bound to one user and one conversation, whether that
/// conversation already exists (the page then reconnects instead of starting), a resume ticket for the
/// next visit, and the default polling interval in milliseconds.
/// </summary>
internal sealed record PageTokenResponse(
    string Token,
    long ExpiresIn,
    string UserId,
    string ConversationId,
    bool Resumed,
    string Resume,
    long PollingInterval);
