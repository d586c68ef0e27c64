using System.ComponentModel.DataAnnotations;

namespace CoachBot.Web.Turns;

/// <summary>Limits of the <c>/api/messages</c> turn pipeline (section <c>Bot</c>).</summary>
internal sealed class TurnOptions
{
    /// <summary>Largest accepted request body; larger requests get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How often a turn is re-run on fresh state after losing an ETag race.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 5;
}
