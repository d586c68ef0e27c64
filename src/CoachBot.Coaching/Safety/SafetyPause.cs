namespace CoachBot.Coaching.Safety;

/// <summary>
/// A conversation paused by the safety check (kept in conversation state). The dialog stack stays as it
/// was, answers included, and no dialog step runs while this is set: the safety screen reads every
/// message until the person carries on, which is offered but never pushed.
/// </summary>
public sealed class SafetyPause
{
    public SafetyStage Stage { get; set; }

    /// <summary>When the pause began.</summary>
    public DateTimeOffset Since { get; set; }

    /// <summary>A dialog was in progress and is held; false when the pause only follows up a reply.</summary>
    public bool HoldsDialog { get; set; }

    /// <summary>The crisis reply and helplines were given in this pause; another crisis message gets them again without the question.</summary>
    public bool CrisisSignposted { get; set; }
}
