namespace CoachBot.Coaching.Advice;

/// <summary>One entry of <c>dialogs/advice.yaml</c>: a small idea tied to one principle, offered when a pattern fits.</summary>
/// <param name="Id">Stable id, recorded when the item is given (so it is not repeated too soon).</param>
/// <param name="Principle">The principle id it comes from.</param>
/// <param name="When">The diary pattern it answers.</param>
/// <param name="Phrasings">Two or more ways of saying it, used in turn.</param>
/// <param name="Line">Its line in the file, for messages about it.</param>
public sealed record AdviceItem(string Id, string Principle, AdvicePattern When, IReadOnlyList<string> Phrasings, long Line);
