using System.Text;
using CoachBot.Storage.Keys;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Win32.SafeHandles;

namespace CoachBot.Storage.FileSystem;

/// <summary>
/// One file per key under a directory, for a single machine (several processes may share the directory).
/// Each file holds a small header with the ETag, then the value. A write goes to a temporary file in the same
/// folder, is flushed to disk and renamed over the item, so a reader sees the old or the new item, never half of one,
/// even when the writer is killed. Conditional writes hold an in-process lock and an OS file lock, so two
/// hosts on one directory cannot both win a compare-and-swap.
/// </summary>
public sealed class FileStore : IStore
{
    internal const string ItemSuffix = ".item";
    internal const string TempSuffix = ".tmp";
    internal const string LockDirectoryName = ".locks";

    // Writers on different keys rarely share a stripe; the same stripe index names the lock file,
    // so within one process a lock file is only ever tried by one writer at a time.
    private const int StripeCount = 256;
    private const int MaxETagLength = 64;
    private const int HeaderPrefixLength = 5;
    private static readonly TimeSpan MaxLockRetryDelay = TimeSpan.FromMilliseconds(20);

    private readonly string _rootWithSeparator;
    private readonly string _lockDirectory;
    private readonly string[] _lockFiles;
    private readonly SemaphoreSlim[] _stripes;
    private readonly TimeSpan _lockTimeout;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <summary>A store under <paramref name="directory"/> (created if missing), waiting up to 10 s for another process's lock.</summary>
    public FileStore(string directory)
        : this(directory, TimeSpan.FromSeconds(10), TimeProvider.System, NullLogger<FileStore>.Instance)
    {
    }

    /// <param name="directory">Where the items live; created if missing.</param>
    /// <param name="lockTimeout">How long a write waits for another process holding the same lock before giving up.</param>
    /// <param name="timeProvider">The clock for lock waits.</param>
    /// <param name="logger">Where the store logs.</param>
    public FileStore(string directory, TimeSpan lockTimeout, TimeProvider timeProvider, ILogger<FileStore> logger)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lockTimeout, TimeSpan.Zero);

        Root = Path.GetFullPath(directory);
        _rootWithSeparator = Path.EndsInDirectorySeparator(Root) ? Root : Root + Path.DirectorySeparatorChar;
        _lockDirectory = Path.Combine(Root, LockDirectoryName);
        Directory.CreateDirectory(_lockDirectory);

        _lockFiles = new string[StripeCount];
        _stripes = new SemaphoreSlim[StripeCount];
        for (var i = 0; i < StripeCount; i++)
        {
            _lockFiles[i] = Path.Combine(_lockDirectory, i.ToString("x2", System.Globalization.CultureInfo.InvariantCulture) + ".lock");
            _stripes[i] = new SemaphoreSlim(1, 1);
        }

        _lockTimeout = lockTimeout;
        _timeProvider = timeProvider;
        _logger = logger;
        StorageLog.FileStoreOpened(_logger, Root);
    }

    /// <summary>The full path of the directory holding the items.</summary>
    public string Root { get; }

    /// <summary>
    /// Flush each write to the disk before renaming it into place (default). Without it a write is atomic
    /// and survives the process being killed, but a power cut may lose the last writes.
    /// </summary>
    public bool FlushToDisk { get; init; } = true;

    /// <inheritdoc />
    public Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        // Synchronous on purpose: items are small and usually in the page cache, and file I/O on Unix
        // is a blocking call on a pool thread either way; a hop would only add latency.
        return Task.FromResult(ReadItem(ItemPath(key, out _)));
    }

    /// <inheritdoc />
    public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> value, WriteCondition condition, CancellationToken cancellationToken)
    {
        var path = ItemPath(key, out var stripe);
        var gate = _stripes[stripe];
        await gate.WaitAsync(cancellationToken);
        try
        {
            using var fileLock = await LockAsync(stripe, cancellationToken);
            if (!Holds(condition, path))
            {
                StorageLog.WriteConflict(_logger, key);
                throw new StoreConflictException(condition.IsCreateOnly
                    ? "An item already exists under this key."
                    : "The item changed (or was deleted) since it was read.");
            }

            var etag = NewETag();
            WriteItem(path, etag, value.Span);
            return etag;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var path = ItemPath(key, out var stripe);
        var gate = _stripes[stripe];
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Under the lock, so a delete cannot slip between another writer's check and its rename.
            using var fileLock = await LockAsync(stripe, cancellationToken);
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was ever stored under this key's folder.
        }
        finally
        {
            gate.Release();
        }
    }

    internal string ItemPath(string key, out int stripe)
    {
        var relative = StoreKeyEncoder.Encode(key, forFileSystem: true);
        stripe = (int)(StableHash(relative) % StripeCount);
        return string.Concat(_rootWithSeparator, relative, ItemSuffix);
    }

    internal string LockFilePath(string key)
    {
        ItemPath(key, out var stripe);
        return _lockFiles[stripe];
    }

    private static StoreItem? ReadItem(string path)
    {
        using var handle = OpenItem(path);
        if (handle is null)
        {
            return null;
        }

        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength)
        {
            throw new InvalidDataException("A stored item is too large to read.");
        }

        var buffer = GC.AllocateUninitializedArray<byte>((int)length);
        var total = 0;
        while (total < buffer.Length)
        {
            var read = RandomAccess.Read(handle, buffer.AsSpan(total), total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        var headerLength = ParseHeader(buffer.AsSpan(0, total), out var etagBytes);
        return new StoreItem(buffer.AsMemory(headerLength, total - headerLength), Encoding.ASCII.GetString(etagBytes));
    }

    private static bool Holds(WriteCondition condition, string path)
    {
        if (condition.IsUnconditional)
        {
            return true;
        }

        using var handle = OpenItem(path);
        if (handle is null)
        {
            return condition.IsCreateOnly;
        }

        if (condition.IsCreateOnly)
        {
            return false;
        }

        Span<byte> header = stackalloc byte[HeaderPrefixLength + MaxETagLength];
        var read = RandomAccess.Read(handle, header, 0);
        ParseHeader(header[..read], out var stored);
        return Ascii.Equals(stored, condition.IfMatch);
    }

    private static SafeFileHandle? OpenItem(string path)
    {
        try
        {
            // Delete sharing lets a writer rename over the file while we read it (Windows); Unix never blocks that.
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    private void WriteItem(string path, string etag, ReadOnlySpan<byte> value)
    {
        Span<byte> header = stackalloc byte[HeaderPrefixLength + MaxETagLength];
        var headerLength = FormatHeader(header, etag);

        // One temp name per item: only the lock holder writes it, and a leftover from a killed writer is simply overwritten.
        var tempPath = path + TempSuffix;
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(tempPath, FileMode.Create, FileAccess.Write, FileShare.None);
        }
        catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException)
        {
            // A missing folder is reported as a missing file when another writer creates it between the failed open
            // and the runtime's check of the folder (first writes of two new users at once).
            Directory.CreateDirectory(Path.GetDirectoryName(tempPath)!);
            handle = File.OpenHandle(tempPath, FileMode.Create, FileAccess.Write, FileShare.None);
        }

        using (handle)
        {
            RandomAccess.Write(handle, header[..headerLength], 0);
            RandomAccess.Write(handle, value, headerLength);

            // The rename must never become visible before the data it points at.
            if (FlushToDisk)
            {
                RandomAccess.FlushToDisk(handle);
            }
        }

        File.Move(tempPath, path, overwrite: true);
    }

    private async ValueTask<SafeFileHandle> LockAsync(int stripe, CancellationToken cancellationToken)
    {
        var lockFile = _lockFiles[stripe];
        var started = _timeProvider.GetTimestamp();
        var delay = TimeSpan.FromMilliseconds(1);
        while (true)
        {
            try
            {
                // FileShare.None is an OS lock (flock on Unix) that the kernel drops if the process dies, so it never goes stale.
                return File.OpenHandle(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (DirectoryNotFoundException)
            {
                Directory.CreateDirectory(_lockDirectory);
                continue;
            }
            catch (IOException e) when (e.GetType() == typeof(IOException))
            {
                if (_timeProvider.GetElapsedTime(started) >= _lockTimeout)
                {
                    StorageLog.FileLockTimedOut(_logger, _lockTimeout, lockFile);
                    throw new StoreUnavailableException("Another process held the store's file lock for too long.", e);
                }
            }

            await Task.Delay(delay, _timeProvider, cancellationToken);
            delay = delay * 2 < MaxLockRetryDelay ? delay * 2 : MaxLockRetryDelay;
        }
    }

    // Header: "CB" 0x01 (format 1), one reserved byte, the ETag's length, the ETag in ASCII; the value follows.
    private static int FormatHeader(Span<byte> header, string etag)
    {
        header[0] = (byte)'C';
        header[1] = (byte)'B';
        header[2] = 1;
        header[3] = 0;
        header[4] = (byte)etag.Length;
        return HeaderPrefixLength + Encoding.ASCII.GetBytes(etag, header[HeaderPrefixLength..]);
    }

    private static int ParseHeader(ReadOnlySpan<byte> data, out ReadOnlySpan<byte> etag)
    {
        if (data.Length < HeaderPrefixLength || data[0] != 'C' || data[1] != 'B' || data[2] != 1 ||
            data[4] is 0 or > MaxETagLength || data.Length < HeaderPrefixLength + data[4])
        {
            throw new InvalidDataException("A stored item has no valid header; the file was not written by this store.");
        }

        etag = data.Slice(HeaderPrefixLength, data[4]);
        return HeaderPrefixLength + data[4];
    }

    // Version 7: unique across processes without coordination, and orders by time when someone inspects the files.
    private string NewETag() => Guid.CreateVersion7(_timeProvider.GetUtcNow()).ToString("N");

    // FNV-1a: string.GetHashCode differs per process, and the stripe names a lock file shared between processes.
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
