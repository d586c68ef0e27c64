namespace CoachBot.Web.Scheduling;

/// <summary>
/// The stored form of one minute of the schedule index: the user state keys whose prompt may be due in that
/// minute, and retries of prompts due earlier. Entries can be stale: each is checked against the person's state.
/// </summary>
internal sealed class ScheduleBucket
{
    public List<string> Users { get; set; } = [];

    public List<ScheduleEntry>? Retries { get; set; }
}
