using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CoachBot.Dialogs;

/// <summary>
/// A dialog of steps, one method each, run in order: a step asks (a prompt) and the next step gets
/// the answer. Its state (<typeparamref name="TState"/>) is saved with the conversation after every step.
/// </summary>
public abstract class StepDialog<TState>(string id, JsonTypeInfo<TState> stateType) : Dialog(id)
    where TState : class, new()
{
    private readonly List<(string Name, Func<StepContext<TState>, CancellationToken, Task<DialogTurnResult>> Run)> _steps = [];

    protected void AddStep(Func<StepContext<TState>, CancellationToken, Task<DialogTurnResult>> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add((step.Method.Name, step));
    }

    /// <summary>Starts with an initial state (e.g. yesterday's answers to edit).</summary>
    public Task<DialogTurnResult> BeginWithAsync(DialogContext dc, TState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        Save(instance, state);
        return RunStepAsync(dc, 0, null, cancellationToken);
    }

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunStepAsync(dc, 0, null, cancellationToken);
    }

    /// <summary>A message while the dialog itself waits (<see cref="StepContext{TState}.WaitAsync"/>): the next step gets its text.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunStepAsync(dc, dc.ActiveDialog!.Step + 1, DialogResult.Answered(dc.Context.Activity.Text), cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, DialogResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return RunStepAsync(dc, dc.ActiveDialog!.Step + 1, result, cancellationToken);
    }

    public override bool CanGoBack(DialogInstance instance) => instance is { AskedAt.Count: >= 2 };

    public override async Task<bool> GoBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var asked = instance.AskedAt!;
        asked.RemoveAt(asked.Count - 1);
        var previous = asked[^1];
        asked.RemoveAt(asked.Count - 1);
        await RunStepAsync(dc, previous, null, cancellationToken);
        return true;
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) => Task.CompletedTask;

    internal int IndexOf(string stepName)
    {
        var index = _steps.FindIndex(s => s.Name == stepName);
        return index >= 0 ? index : throw new ArgumentException($"No step named '{stepName}' in dialog '{Id}'.", nameof(stepName));
    }

    internal void Save(DialogInstance instance, TState state) => instance.State = JsonSerializer.SerializeToElement(state, stateType);

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogResult? result, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var state = Load(instance);
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(DialogResult.Answered(state), cancellationToken);
        }

        // Every way out of a step (prompt, next, go-to, wait, end) saves the state it changed.
        instance.Step = index;
        return await _steps[index].Run(new StepContext<TState>(this, dc, instance, state, result, index), cancellationToken);
    }

    private TState Load(DialogInstance instance) =>
        instance.State is { ValueKind: JsonValueKind.Object } json ? json.Deserialize(stateType) ?? new TState() : new TState();
}
