using CoachBot.Protocol.Schema;

namespace CoachBot.Web.Tests.Teams;

/// <summary>
/// One call the fake Teams Connector received: the operation, the conversation and activity ids from its route, the
/// Authorization header, the body, what it answered, and when (real time, for the rate-limit checks).
/// </summary>
public sealed record ConnectorCall(
    string Operation,
    string? ConversationId,
    string? ActivityId,
    string Authorization,
    Activity? Activity,
    ConversationParameters? Parameters,
    int Status,
    ThrottleReason? Throttled,
    string? RetryAfter,
    DateTimeOffset At)
{
    /// <summary>The id Teams gave what it took: the new activity's, or the new conversation's.</summary>
    public string? ResponseId { get; init; }

    public bool Accepted => Status is >= 200 and < 300;
}
