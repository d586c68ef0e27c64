namespace CoachBot.Web.Scheduling;

/// <summary>The stored form of a claim on one prompt: who took it and when.</summary>
internal sealed record PromptClaim(DateTimeOffset ClaimedAt, DateTimeOffset Due, string Instance);
