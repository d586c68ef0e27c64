using CoachBot.Protocol.Turns;

namespace CoachBot.Dialogs;

/// <summary>The dialog stack of one conversation, for one turn: begin, continue, end, skip, go back, cancel.</summary>
public sealed class DialogContext(DialogSet dialogs, TurnContext turnContext, DialogState state)
{
    public TurnContext Context { get; } = turnContext;

    public DialogState State { get; } = state;

    public DialogSet Dialogs { get; } = dialogs;

    public DialogInstance? ActiveDialog => State.Stack.Count > 0 ? State.Stack[^1] : null;

    /// <summary>True while any dialog is on the stack.</summary>
    public bool IsActive => State.Stack.Count > 0;

    /// <summary>True when a dialog with this id is anywhere on the stack.</summary>
    public bool Contains(string dialogId) => State.Stack.Exists(d => d.Id == dialogId);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, CancellationToken cancellationToken)
    {
        var dialog = Dialogs.Get(dialogId);
        State.Stack.Add(new DialogInstance { Id = dialogId });
        return dialog.BeginAsync(this, cancellationToken);
    }

    /// <summary>Hands the message to the dialog on top of the stack.</summary>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return Task.FromResult(DialogTurnResult.Empty);
        }

        if (Dialogs.Find(active.Id) is not { } dialog)
        {
            // A dialog that no longer exists (renamed in a release): start clean rather than stall.
            State.Stack.Clear();
            return Task.FromResult(DialogTurnResult.Empty);
        }

        return dialog.ContinueAsync(this, cancellationToken);
    }

    /// <summary>Ends the dialog on top and resumes the one below it with the result.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(DialogResult result, CancellationToken cancellationToken)
    {
        if (State.Stack.Count > 0)
        {
            State.Stack.RemoveAt(State.Stack.Count - 1);
        }

        if (ActiveDialog is { } parent && Dialogs.Find(parent.Id) is { } dialog)
        {
            return await dialog.ResumeAsync(this, result, cancellationToken);
        }

        State.Stack.Clear();
        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Skips what the top dialog is asking: it ends with no answer and its parent moves on.</summary>
    public Task<DialogTurnResult> SkipAsync(CancellationToken cancellationToken) =>
        IsActive ? EndDialogAsync(DialogResult.Skipped, cancellationToken) : Task.FromResult(DialogTurnResult.Empty);

    /// <summary>
    /// Returns to the previous question of the nearest dialog that can go back. False (and nothing
    /// changed) when no dialog on the stack has an earlier question.
    /// </summary>
    public async Task<bool> GoBackAsync(CancellationToken cancellationToken)
    {
        for (var index = State.Stack.Count - 1; index >= 0; index--)
        {
            if (Dialogs.Find(State.Stack[index].Id) is { } dialog && dialog.CanGoBack(State.Stack[index]))
            {
                State.Stack.RemoveRange(index + 1, State.Stack.Count - index - 1);
                return await dialog.GoBackAsync(this, cancellationToken);
            }
        }

        return false;
    }

    public Task<DialogTurnResult> CancelAllAsync()
    {
        State.Stack.Clear();
        return Task.FromResult(new DialogTurnResult(DialogTurnStatus.Cancelled, new DialogResult(DialogOutcome.Cancelled)));
    }

    /// <summary>Asks the active question again.</summary>
    public Task RepromptAsync(CancellationToken cancellationToken) =>
        ActiveDialog is { } active && Dialogs.Find(active.Id) is { } dialog
            ? dialog.RepromptAsync(this, cancellationToken)
            : Task.CompletedTask;
}
