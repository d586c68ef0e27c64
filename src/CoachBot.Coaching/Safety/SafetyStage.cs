namespace CoachBot.Coaching.Safety;

/// <summary>Where a conversation is after a safety reply; decides how the next message is read.</summary>
public enum SafetyStage
{
    /// <summary>The crisis question was asked; the next message is its answer.</summary>
    Asked = 0,

    /// <summary>A gentle check was asked (unsure words); the next message is its answer.</summary>
    Checking = 1,

    /// <summary>The person was asked whether to carry on.</summary>
    Offered = 2,

    /// <summary>The dialog waits, untouched, until the person says "check in" or "cancel".</summary>
    Holding = 3,
}
