namespace CoachBot.Coaching.Advice;

/// <summary>
/// What the selector chose: one or two items, or none when every item that fits was given within the
/// no-repeat window. Every pattern the diary showed is kept, for the record.
/// </summary>
public sealed record AdviceChoice(IReadOnlyList<ChosenAdvice> Items, IReadOnlyList<PatternMatch> Matches);
