namespace CoachBot.Web.Scheduling;

/// <summary>The stored form of <c>schedule/cursor</c>: the last minute whose bucket was processed.</summary>
internal sealed record ScheduleCursor(DateTimeOffset Minute);
