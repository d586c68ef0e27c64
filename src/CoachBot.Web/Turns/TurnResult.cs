using CoachBot.Protocol.Schema;

namespace CoachBot.Web.Turns;

/// <summary>What the HTTP response of a turn carries: a status, and for expectReplies or invoke a body.</summary>
internal sealed record TurnResult(int Status, ExpectedReplies? Replies = null, InvokeResponse? Invoke = null);
