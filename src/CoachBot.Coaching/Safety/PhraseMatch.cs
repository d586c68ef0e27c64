namespace CoachBot.Coaching.Safety;

/// <summary>Where a phrase of a table matched in a message's tokens (end exclusive).</summary>
internal readonly record struct PhraseMatch<TLabel>(TLabel Label, int Start, int End);
