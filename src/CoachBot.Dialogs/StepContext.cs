namespace CoachBot.Dialogs;

/// <summary>What a step of a <see cref="StepDialog{TState}"/> sees: the turn, the dialog's own state, the previous answer.</summary>
public sealed class StepContext<TState>
    where TState : class, new()
{
    private readonly StepDialog<TState> _dialog;

    internal StepContext(StepDialog<TState> dialog, DialogContext dc, DialogInstance instance, TState state, DialogResult? result, int index)
    {
        _dialog = dialog;
        Dialogs = dc;
        Instance = instance;
        State = state;
        Result = result;
        Index = index;
    }

    public DialogContext Dialogs { get; }

    public Protocol.Turns.TurnContext Context => Dialogs.Context;

    internal DialogInstance Instance { get; }

    /// <summary>The dialog's own state, saved after every step.</summary>
    public TState State { get; }

    /// <summary>How the previous step's prompt ended; null on the first step or after <c>back</c>.</summary>
    public DialogResult? Result { get; }

    public int Index { get; }

    /// <summary>Asks a question (a prompt dialog); the next step receives its result.</summary>
    public Task<DialogTurnResult> PromptAsync(string promptId, CancellationToken cancellationToken)
    {
        var asked = Instance.AskedAt ??= [];
        if (asked.Count == 0 || asked[^1] != Index)
        {
            asked.Add(Index);
        }

        _dialog.Save(Instance, State);
        return Dialogs.BeginDialogAsync(promptId, cancellationToken);
    }

    /// <summary>Starts a child dialog; the next step receives its result.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, CancellationToken cancellationToken)
    {
        _dialog.Save(Instance, State);
        return Dialogs.BeginDialogAsync(dialogId, cancellationToken);
    }

    /// <summary>Moves straight on to the next step.</summary>
    public Task<DialogTurnResult> NextAsync(DialogResult? result, CancellationToken cancellationToken)
    {
        _dialog.Save(Instance, State);
        return _dialog.RunStepAsync(Dialogs, Index + 1, result, cancellationToken);
    }

    /// <summary>Goes (back) to a named step, forgetting the questions asked after it.</summary>
    public Task<DialogTurnResult> GoToAsync(string stepName, CancellationToken cancellationToken)
    {
        var target = _dialog.IndexOf(stepName);
        Instance.AskedAt?.RemoveAll(i => i >= target);
        _dialog.Save(Instance, State);
        return _dialog.RunStepAsync(Dialogs, target, null, cancellationToken);
    }

    /// <summary>Waits for the next message; it arrives at the next step as a text answer.</summary>
    public Task<DialogTurnResult> WaitAsync()
    {
        _dialog.Save(Instance, State);
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    /// <summary>Ends this dialog with its state as the result.</summary>
    public Task<DialogTurnResult> EndAsync(CancellationToken cancellationToken) =>
        Dialogs.EndDialogAsync(DialogResult.Answered(State), cancellationToken);
}
