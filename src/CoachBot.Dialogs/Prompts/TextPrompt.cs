using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;

namespace CoachBot.Dialogs.Prompts;

/// <summary>Free text (a note), trimmed and capped at <paramref name="maxLength"/> characters.</summary>
public sealed class TextPrompt(string id, Func<TurnContext, Activity> ask, int maxLength) : Dialog(id)
{
    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.Context.SendActivity(ask(dc.Context));
        return Task.FromResult(DialogTurnResult.Waiting);
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        dc.Context.SendActivity(ask(dc.Context));
        return Task.CompletedTask;
    }

    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var text = dc.Context.Activity.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return dc.EndDialogAsync(DialogResult.Skipped, cancellationToken);
        }

        if (text.Length > maxLength)
        {
            // Never cut a surrogate pair in half.
            var cut = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
            text = text[..cut];
        }

        return dc.EndDialogAsync(new DialogResult(DialogOutcome.Answered, text), cancellationToken);
    }
}
