namespace CoachBot.Dialogs;

/// <summary>Where the stack stands after a dialog has handled the turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,

    /// <summary>A dialog asked something and waits for the next message.</summary>
    Waiting,

    /// <summary>The outermost dialog finished.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
