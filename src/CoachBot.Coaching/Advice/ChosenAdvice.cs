namespace CoachBot.Coaching.Advice;

/// <summary>One item chosen for tonight: the item, which phrasing, the words with numbers filled in, and why.</summary>
public sealed record ChosenAdvice(AdviceItem Item, int Phrasing, string Text, PatternMatch Match);
