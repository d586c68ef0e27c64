namespace CoachBot.Dialogs;

/// <summary>
/// Routes one message: screens first (safety), then interruptions, then the active dialog's step.
/// What happens when no dialog is active is the caller's choice.
/// </summary>
public sealed class DialogRunner(IEnumerable<IMessageScreen> screens, IEnumerable<IInterruption> interruptions)
{
    private readonly IMessageScreen[] _screens = [.. screens];
    private readonly IInterruption[] _interruptions = [.. interruptions];

    /// <summary>
    /// Runs the turn's message through the stack. Returns <see cref="DialogTurnStatus.Empty"/> when nothing
    /// handled it and no dialog was active, so the caller can start one.
    /// </summary>
    public async Task<DialogTurnResult> RunAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        foreach (var screen in _screens)
        {
            if (await screen.ScreenAsync(dc, cancellationToken))
            {
                return dc.IsActive ? DialogTurnResult.Waiting : new DialogTurnResult(DialogTurnStatus.Complete);
            }
        }

        foreach (var interruption in _interruptions)
        {
            if (await interruption.TryHandleAsync(dc, cancellationToken))
            {
                return dc.IsActive ? DialogTurnResult.Waiting : new DialogTurnResult(DialogTurnStatus.Complete);
            }
        }

        return await dc.ContinueDialogAsync(cancellationToken);
    }
}
