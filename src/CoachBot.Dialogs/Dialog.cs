namespace CoachBot.Dialogs;

/// <summary>
/// A dialog: something that takes one or more turns. It starts, answers the messages that arrive
/// while it is on top of the stack, and resumes when a dialog it started ends.
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken);

    /// <summary>A message arrived while this dialog is on top.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(DialogResult.Skipped, cancellationToken);

    /// <summary>A dialog this one started has ended.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogResult result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks again whatever this dialog is waiting for (after help, after a pause).</summary>
    public virtual Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>True when this instance has an earlier question to return to.</summary>
    public virtual bool CanGoBack(DialogInstance instance) => false;

    /// <summary>
    /// <c>back</c> reached this dialog: return to the previous question if there is one. False when
    /// there is nothing to go back to.
    /// </summary>
    public virtual Task<bool> GoBackAsync(DialogContext dc, CancellationToken cancellationToken) => Task.FromResult(false);
}
