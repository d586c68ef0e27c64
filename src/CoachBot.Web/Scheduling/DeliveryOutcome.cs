namespace CoachBot.Web.Scheduling;

/// <summary>What became of one prompt sent through the Connector.</summary>
internal enum DeliveryOutcome
{
    Sent,

    /// <summary>A passing failure (429 after the client's own retries, 412, 5xx, no answer): try again later.</summary>
    Retry,

    /// <summary>403 or 404: the bot was removed or blocked, or the conversation is gone. No more prompts.</summary>
    Unreachable,

    /// <summary>Any other refusal (400, 401, 405, 413): trying again would not help.</summary>
    Failed,
}
