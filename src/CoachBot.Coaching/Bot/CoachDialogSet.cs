using CoachBot.Dialogs;

namespace CoachBot.Coaching.Bot;

/// <summary>The bot's dialogs: everything the registered <see cref="IDialogModule"/>s create.</summary>
public sealed class CoachDialogSet
{
    public CoachDialogSet(IEnumerable<IDialogModule> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        foreach (var dialog in modules.SelectMany(m => m.CreateDialogs()))
        {
            Set.Add(dialog);
        }
    }

    public DialogSet Set { get; } = new();

    public bool Has(string dialogId) => Set.Find(dialogId) is not null;
}
