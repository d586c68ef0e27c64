using CoachBot.Dialogs;

namespace CoachBot.Coaching.Bot;

/// <summary>A feature's dialogs (a step dialog and its prompts), registered together into the bot's dialog set.</summary>
public interface IDialogModule
{
    IEnumerable<Dialog> CreateDialogs();
}
