using CoachBot.Protocol.Schema;
using CoachBot.Protocol.Turns;

namespace CoachBot.Web.Turns;

/// <summary>
/// One scope of bot state (conversation, user): where it is stored for an activity, and how its typed
/// value is read into and written from the turn.
/// </summary>
internal interface IStateScope
{
    string Name { get; }

    /// <summary>
    /// The conversation scope remembers which activities it applied, and on a bot error it is reset
    /// instead of saved, so a broken dialog cannot loop.
    /// </summary>
    bool IsConversationScope { get; }

    /// <summary>The storage key for this activity, or null when the activity has no such scope (no user id).</summary>
    string? GetKey(Activity activity);

    /// <summary>Puts the stored value (or a new one) into the turn.</summary>
    void Load(TurnState turnState, ReadOnlySpan<byte> data);

    void LoadNew(TurnState turnState);

    /// <summary>Serializes the turn's value.</summary>
    byte[] Serialize(TurnState turnState);
}
