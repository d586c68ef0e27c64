namespace CoachBot.Web.Tests.WebChannel;

/// <summary>What the page's token route answered.</summary>
public sealed record PageSession(string Token, string UserId, string ConversationId, bool Resumed, string Resume, long ExpiresIn, long PollingInterval);
