namespace CoachBot.Coaching.Scheduling;

/// <summary>A prompt due at <paramref name="Instant"/> (a whole minute), for the person's local <paramref name="LocalDate"/>.</summary>
public sealed record DuePrompt(DateTimeOffset Instant, DateOnly LocalDate, PromptKind Kind);
