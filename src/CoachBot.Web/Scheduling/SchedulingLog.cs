namespace CoachBot.Web.Scheduling;

/// <summary>The prompt scheduler's log messages (EventIds 3200–3249). User state keys only: never user text.</summary>
internal static partial class SchedulingLog
{
    [LoggerMessage(3200, LogLevel.Information, "Prompt tick: {Minutes} minute(s) up to {Minute:u}, {Due} due, {Sent} sent, {Retrying} to retry")]
    public static partial void TickDone(ILogger logger, int minutes, DateTimeOffset minute, int due, int sent, int retrying);

    [LoggerMessage(3201, LogLevel.Warning, "Skipped {Prompts} prompt(s) older than the grace window of {GraceWindow}; they are not sent late")]
    public static partial void SkippedBeyondGrace(ILogger logger, int prompts, TimeSpan graceWindow);

    [LoggerMessage(3202, LogLevel.Error, "A prompt tick failed ({ExceptionType}); the next tick continues from the cursor")]
    public static partial void TickFailed(ILogger logger, string exceptionType);

    [LoggerMessage(3203, LogLevel.Warning, "A prompt for {UserKey} failed with {Status} ({ErrorCode}); retry {Attempt} at {RetryAt:u}")]
    public static partial void SendRetrying(ILogger logger, string userKey, int? status, string? errorCode, int attempt, DateTimeOffset retryAt);

    [LoggerMessage(3204, LogLevel.Warning, "A prompt for {UserKey} failed with {Status} ({ErrorCode}) and is not retried today")]
    public static partial void SendGaveUp(ILogger logger, string userKey, int? status, string? errorCode);

    [LoggerMessage(3205, LogLevel.Information, "The channel refused a prompt for {UserKey} with {Status} ({ErrorCode}); no more prompts until they write again")]
    public static partial void Unreachable(ILogger logger, string userKey, int? status, string? errorCode);

    [LoggerMessage(3206, LogLevel.Warning, "A schedule entry for {UserKey} could not be processed ({ExceptionType})")]
    public static partial void EntryFailed(ILogger logger, string userKey, string exceptionType);

    [LoggerMessage(3207, LogLevel.Warning, "Could not add to the schedule index for {Minute:u} ({ExceptionType})")]
    public static partial void IndexAppendFailed(ILogger logger, DateTimeOffset minute, string exceptionType);

    [LoggerMessage(3208, LogLevel.Warning, "A prompt for {UserKey} was sent but its state could not be saved ({ExceptionType}); the claim still prevents a second one today")]
    public static partial void RecordFailed(ILogger logger, string userKey, string exceptionType);

    [LoggerMessage(3209, LogLevel.Information, "Created the personal conversation for {UserKey} to send its prompt")]
    public static partial void ConversationCreated(ILogger logger, string userKey);

    [LoggerMessage(3210, LogLevel.Information, "The prompt scheduler is off in this instance (Prompts:Enabled is false)")]
    public static partial void Disabled(ILogger logger);

    [LoggerMessage(3211, LogLevel.Warning, "Could not schedule {UserKey} after a turn ({ExceptionType}); a later turn or tick adds them")]
    public static partial void ObserverFailed(ILogger logger, string userKey, string exceptionType);

    [LoggerMessage(3212, LogLevel.Warning, "Passed over {Minutes} minute(s) of the schedule older than the catch-up limit of {CatchUpLimit}; people filed only there are scheduled again when they next write")]
    public static partial void CatchUpCut(ILogger logger, int minutes, TimeSpan catchUpLimit);
}
