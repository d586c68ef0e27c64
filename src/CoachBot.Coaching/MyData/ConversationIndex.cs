using CoachBot.Coaching.State;

namespace CoachBot.Coaching.MyData;

/// <summary>Keeps the ids of a person's conversations in their user state, so deleting their data can find every one.</summary>
public static class ConversationIndex
{
    /// <summary>
    /// How many conversations are remembered. A person has one per Teams chat and one per browser on the
    /// web; past this the oldest is forgotten, and its state expires with the channel's own retention.
    /// </summary>
    public const int Capacity = 50;

    public static void Remember(UserData user, string? conversationId)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(conversationId) || conversationId.Length > 256)
        {
            return;
        }

        var known = user.Conversations;
        if (known.Count > 0 && known[^1] == conversationId)
        {
            return;
        }

        known.Remove(conversationId);
        known.Add(conversationId);
        if (known.Count > Capacity)
        {
            known.RemoveRange(0, known.Count - Capacity);
        }
    }
}
