namespace CoachBot.Storage.Metrics;

/// <summary>
/// Storage operations counted since the process started. <see cref="Writes"/> are successful writes only;
/// a write that lost is a <see cref="Conflicts"/>, one that could not reach the store a <see cref="Failures"/>.
/// </summary>
public readonly record struct StorageOperationCounts(long Reads, long Writes, long Conflicts, long Deletes, long Failures)
{
    /// <summary>Every operation tried, whatever its outcome.</summary>
    public long Total => Reads + Writes + Conflicts + Deletes + Failures;

    /// <summary>The operations between an earlier snapshot and this one, e.g. during one turn.</summary>
    public StorageOperationCounts Since(StorageOperationCounts earlier) => new(
        Reads - earlier.Reads,
        Writes - earlier.Writes,
        Conflicts - earlier.Conflicts,
        Deletes - earlier.Deletes,
        Failures - earlier.Failures);
}
