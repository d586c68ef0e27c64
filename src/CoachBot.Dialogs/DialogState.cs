namespace CoachBot.Dialogs;

/// <summary>The dialog stack of one conversation, kept in conversation state between turns.</summary>
public sealed class DialogState
{
    /// <summary>Active dialogs, outermost first; the last one is answering the next message.</summary>
    public List<DialogInstance> Stack { get; set; } = [];
}
