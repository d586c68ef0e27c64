using System.ComponentModel.DataAnnotations;

namespace CoachBot.Web.Scheduling;

/// <summary>The morning prompt scheduler (section <c>Prompts</c>).</summary>
internal sealed class PromptOptions
{
    public const string SectionName = "Prompts";

    /// <summary>Runs the scheduler in this instance. Every instance may run it: claims keep prompts to one each.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How late a prompt may still go out after downtime; older ones are skipped, never sent late.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "12:00:00")]
    public TimeSpan GraceWindow { get; set; } = TimeSpan.FromHours(2);

    /// <summary>
    /// How far back a tick looks after downtime. Minutes older than the grace window are read only to file
    /// each person under their next prompt; minutes older than this are passed over entirely.
    /// </summary>
    [Range(typeof(TimeSpan), "01:00:00", "14.00:00:00")]
    public TimeSpan CatchUpLimit { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Connector calls per second from this instance (PROTOCOL.md §4 plans ≤ 30 per app); 0 means no limit.</summary>
    [Range(0, 10_000)]
    public double SendsPerSecond { get; set; } = 30;

    /// <summary>How many due people are read, claimed and sent to at once.</summary>
    [Range(1, 256)]
    public int Parallelism { get; set; } = 8;

    /// <summary>How long after each minute starts its prompts are looked up, so schedule changes written in the last instant are in.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30")]
    public TimeSpan SettleDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Wait before the first retry of a send that failed for a passing reason; doubled for each further try, within the grace window.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);
}
