namespace CoachBot.Dialogs;

/// <summary>
/// A command that works in any state (help, cancel, skip, back, check in), tried before the active
/// dialog's step. Returning true means it handled the message.
/// </summary>
public interface IInterruption
{
    Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken);
}
