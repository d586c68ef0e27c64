using CoachBot.Coaching.Content;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.Bot;

/// <summary>
/// The commands that work in the middle of any dialog: help, cancel, skip, back, check in, settings.
/// Outside a dialog they are the bot's ordinary routing, not interruptions.
/// </summary>
public sealed class CoachingInterruptions(Commands commands, MessageCatalog messages) : IInterruption
{
    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!dc.IsActive)
        {
            return false;
        }

        switch (commands.Recognize(dc.Context.Activity.Text))
        {
            case Command.Help:
                dc.Context.SendActivity(messages[MessageIds.Help]);
                await dc.RepromptAsync(cancellationToken);
                return true;
            case Command.Cancel:
                await dc.CancelAllAsync();
                dc.Context.SendActivity(messages[MessageIds.Cancelled]);
                return true;
            case Command.Skip:
                await dc.SkipAsync(cancellationToken);
                return true;
            case Command.Back:
                if (!await dc.GoBackAsync(cancellationToken))
                {
                    dc.Context.SendActivity(messages[MessageIds.NothingToGoBackTo]);
                    await dc.RepromptAsync(cancellationToken);
                }

                return true;
            case Command.CheckIn when !dc.Contains(DialogIds.Onboarding):
                await dc.CancelAllAsync();
                await dc.BeginDialogAsync(DialogIds.CheckIn, cancellationToken);
                return true;
            case Command.Settings when !dc.Contains(DialogIds.Onboarding):
                await dc.CancelAllAsync();
                await dc.BeginDialogAsync(DialogIds.Settings, cancellationToken);
                return true;
            default:
                return false;
        }
    }
}
