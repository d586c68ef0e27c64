using CoachBot.Storage.Metrics;

namespace CoachBot.Benchmarks.Scheduling;

/// <summary>One measured tick: the store, how many people were scheduled and due, the time it took and the storage operations it made.</summary>
internal sealed record TickRow(string Store, int Scheduled, int Due, TimeSpan Seeding, TimeSpan Tick, int Sent, StorageOperationCounts Operations);
