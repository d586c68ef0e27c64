using CoachBot.Dialogs;
using CoachBot.Protocol.Turns;

namespace CoachBot.Coaching.Progress;

/// <summary>A one-turn dialog: sends its replies and ends, so a progress request never leaves anything on the stack.</summary>
internal sealed class ProgressDialog(string id, Func<TurnContext, CancellationToken, Task> reply) : Dialog(id)
{
    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await reply(dc.Context, cancellationToken);
        return await dc.EndDialogAsync(DialogResult.Skipped, cancellationToken);
    }
}
