using CoachBot.Protocol.Schema;

namespace CoachBot.Web.WebChannel;

/// <summary>One stored activity and its position in the conversation (the watermark counts these).</summary>
internal sealed record TranscriptEntry(long Sequence, Activity Activity);
