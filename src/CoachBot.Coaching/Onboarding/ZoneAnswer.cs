namespace CoachBot.Coaching.Onboarding;

/// <summary>The answer to "which city or time zone?": an IANA id the system knows.</summary>
internal readonly record struct ZoneAnswer(string ZoneId);
