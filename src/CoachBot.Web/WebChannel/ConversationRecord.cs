namespace CoachBot.Web.WebChannel;

/// <summary>
/// A web conversation as stored: whose it is, whether the bot was told it started, and its recent
/// activities in order. <see cref="LastSequence"/> only grows, so a watermark stays meaningful after the
/// oldest activities are dropped.
/// </summary>
internal sealed class ConversationRecord
{
    public required string ConversationId { get; init; }

    public required string UserId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public long LastSequence { get; set; }

    public List<TranscriptEntry> Activities { get; init; } = [];
}
