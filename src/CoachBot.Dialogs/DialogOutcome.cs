namespace CoachBot.Dialogs;

/// <summary>How a dialog ended.</summary>
public enum DialogOutcome
{
    /// <summary>It has a value (a prompt was answered, a step dialog finished).</summary>
    Answered,

    /// <summary>The person skipped it, didn't know, or no answer could be used: the item stays empty.</summary>
    Skipped,

    /// <summary>The person cancelled.</summary>
    Cancelled,
}
