using CoachBot.Coaching.Bot;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.MyData;

/// <summary>"delete my data" works in the middle of any dialog, onboarding included: what was under way is set aside and the question asked.</summary>
internal sealed class DeleteDataInterruption(Commands commands) : IInterruption
{
    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!dc.IsActive || dc.Contains(DialogIds.DeleteData) || commands.Recognize(dc.Context.Activity.Text) != Command.DeleteData)
        {
            return false;
        }

        await dc.CancelAllAsync();
        await dc.BeginDialogAsync(DialogIds.DeleteData, cancellationToken);
        return true;
    }
}
