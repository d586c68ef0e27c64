using CoachBot.Dialogs;

namespace CoachBot.Coaching.State;

/// <summary>What CoachBot keeps per conversation: whether it greeted, and the dialog stack.</summary>
public sealed class ConversationData
{
    /// <summary>The welcome was sent in this conversation (Direct Line may never send conversationUpdate).</summary>
    public bool Greeted { get; set; }

    public DialogState Dialogs { get; set; } = new();
}
