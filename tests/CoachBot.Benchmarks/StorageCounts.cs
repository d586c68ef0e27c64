namespace CoachBot.Benchmarks;

/// <summary>The server's turn and storage counters at one moment.</summary>
internal readonly record struct StorageCounts(long Turns, long Reads, long Writes, long Conflicts)
{
    public StorageCounts Since(StorageCounts earlier) => new(Turns - earlier.Turns, Reads - earlier.Reads, Writes - earlier.Writes, Conflicts - earlier.Conflicts);
}
