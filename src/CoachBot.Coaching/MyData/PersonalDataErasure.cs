using CoachBot.Coaching.State;

namespace CoachBot.Coaching.MyData;

/// <summary>
/// Put in the turn state when the person confirms "delete my data": once the turn is saved, the host
/// removes everything stored about them. Their state is already emptied in the turn, so even the save
/// that precedes the deletion writes nothing personal.
/// </summary>
/// <param name="ChannelId">The channel the person wrote on.</param>
/// <param name="UserId">Their id on that channel.</param>
/// <param name="ConversationIds">Every conversation of theirs the bot knows, the current one included.</param>
/// <param name="Former">Their state as it was before this turn emptied it (in memory only): where their morning prompts were filed.</param>
public sealed record PersonalDataErasure(string ChannelId, string UserId, IReadOnlyList<string> ConversationIds, UserData Former);
