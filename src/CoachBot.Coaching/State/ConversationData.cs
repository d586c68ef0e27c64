using CoachBot.Coaching.Safety;
using CoachBot.Dialogs;

namespace CoachBot.Coaching.State;

/// <summary>What CoachBot keeps per conversation: whether it greeted, the dialog stack, and a safety pause.</summary>
public sealed class ConversationData
{
    /// <summary>The welcome was sent in this conversation (Direct Line may never send conversationUpdate).</summary>
    public bool Greeted { get; set; }

    public DialogState Dialogs { get; set; } = new();

    /// <summary>Set while the safety check holds this conversation (the dialog waits, answers kept); null otherwise.</summary>
    public SafetyPause? Safety { get; set; }
}
