using CoachBot.Protocol.Schema;

namespace CoachBot.Web.WebChannel;

/// <summary>A page of activities for a poll, and the watermark to send next time (a string, as Direct Line has it).</summary>
internal sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);
