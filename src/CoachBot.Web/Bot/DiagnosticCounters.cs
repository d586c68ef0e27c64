namespace CoachBot.Web.Bot;

/// <summary>Operation counts since the process started.</summary>
public sealed record DiagnosticCounters(long Turns, long StoreReads, long StoreWrites, long StoreConflicts, long StoreDeletes, long StoreFailures);
