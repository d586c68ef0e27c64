namespace CoachBot.Coaching.NightHelp;

/// <summary>Which version of the routine is running.</summary>
internal sealed class NightHelpState
{
    /// <summary>The shorter version: breathing, a change of position, the closing words.</summary>
    public bool Short { get; set; }
}
