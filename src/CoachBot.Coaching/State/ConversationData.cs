namespace CoachBot.Coaching.State;

/// <summary>What CoachBot keeps per conversation (the dialog position lives here).</summary>
public sealed class ConversationData
{
    /// <summary>The welcome was sent in this conversation (Direct Line may never send conversationUpdate).</summary>
    public bool Greeted { get; set; }
}
