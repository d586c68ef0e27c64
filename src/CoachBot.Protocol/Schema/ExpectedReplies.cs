namespace CoachBot.Protocol.Schema;

/// <summary>The HTTP body of a turn with <c>deliveryMode: "expectReplies"</c>.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
