namespace CoachBot.Storage;

/// <summary>
/// Key-value storage with ETag concurrency, the shape of the Bot Framework's <c>IStorage</c>:
/// read, write (conditional), delete. Keys are readable paths such as <c>users/webchat/abc</c>;
/// every store encodes them safely (no key ever becomes a path or blob name as is).
/// </summary>
public interface IStore
{
    /// <summary>The item under <paramref name="key"/>, or null when there is none.</summary>
    /// <exception cref="StoreUnavailableException">The backing store could not be reached.</exception>
    Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="value"/> under <paramref name="key"/> if <paramref name="condition"/> holds,
    /// and returns the new ETag.
    /// </summary>
    /// <exception cref="StoreConflictException">The condition did not hold (stale ETag, or the key exists for create-only).</exception>
    /// <exception cref="StoreUnavailableException">The backing store could not be reached.</exception>
    Task<string> WriteAsync(string key, ReadOnlyMemory<byte> value, WriteCondition condition, CancellationToken cancellationToken);

    /// <summary>Deletes the item; deleting a missing key is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
