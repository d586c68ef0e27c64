using CoachBot.Dialogs;
using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;

namespace CoachBot.Coaching.NightHelp;

/// <summary>
/// One instruction of a paced routine: says it, then waits for any reply ("ok", "done") before the
/// routine goes on. "next" is the skip command and also moves on; "help" says the instruction again.
/// </summary>
internal sealed class PacedStep(string id, Func<TurnContext, Activity> instruction) : Dialog(id)
{
    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.Context.SendActivity(instruction(dc.Context));
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.Context.SendActivity(instruction(dc.Context));
        return Task.CompletedTask;
    }

    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);

        // What was typed is never kept: the routine records nothing.
        return dc.EndDialogAsync(DialogResult.Answered(null), cancellationToken);
    }
}
