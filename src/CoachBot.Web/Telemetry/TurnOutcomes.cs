using CoachBot.Protocol.Turns;

namespace CoachBot.Web.Telemetry;

/// <summary>The <c>coachbot.turn.outcome</c> values: what happened to a request to <c>/api/messages</c>.</summary>
internal static class TurnOutcomes
{
    public const string Completed = "completed";
    public const string Duplicate = "duplicate";
    public const string StorageUnavailable = "storage_unavailable";
    public const string BotError = "bot_error";
    public const string DeliveryFailed = "delivery_failed";
    public const string Unauthorized = "unauthorized";
    public const string Throttled = "throttled";
    public const string Rejected = "rejected";
    public const string Cancelled = "cancelled";
    public const string Failed = "failed";

    public static string Of(TurnObservation observation, int status, bool aborted) => status switch
    {
        _ when aborted => Cancelled,
        StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => Unauthorized,
        StatusCodes.Status429TooManyRequests => Throttled,
        >= 500 => Failed,
        >= 400 => Rejected,
        _ when observation.Failure == TurnFailure.StorageUnavailable => StorageUnavailable,
        _ when observation.Failure == TurnFailure.BotError => BotError,
        _ when observation.Attempts == 0 => Duplicate,
        _ when observation.DeliveryFailed => DeliveryFailed,
        _ => Completed,
    };

    public static bool IsError(string outcome) => outcome is StorageUnavailable or BotError or DeliveryFailed or Failed;
}
