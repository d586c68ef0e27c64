namespace CoachBot.Web.Scheduling;

/// <summary>The outcome of sending one prompt, the HTTP status of a failure, and the id of a conversation created for it.</summary>
internal sealed record DeliveryResult(DeliveryOutcome Outcome, int? Status = null, string? ErrorCode = null, string? CreatedConversationId = null);
