namespace CoachBot.Web.Scheduling;

/// <summary>One person to look at in a minute's bucket: the prompt due at <paramref name="Due"/>, and how often sending it was tried.</summary>
internal sealed record ScheduleEntry(string UserKey, DateTimeOffset Due, int Attempt);
