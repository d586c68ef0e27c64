using System.Text;
using CoachBot.Storage.FileSystem;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.Storage.Tests.FileSystem;

public sealed class FileStoreTests : StoreContractTests, IDisposable
{
    private readonly DirectoryInfo _parent = Directory.CreateTempSubdirectory("coachbot-filestore-");
    private readonly FileStore _store;

    public FileStoreTests()
    {
        _store = new FileStore(StoreDirectory);
    }

    protected override IStore Store => _store;

    private string StoreDirectory => Path.Combine(_parent.FullName, "state");

    public void Dispose() => _parent.Delete(recursive: true);

    [Fact]
    public async Task Hostile_keys_never_put_files_outside_the_store_directory()
    {
        foreach (var (name, key) in OddKeys.ByName)
        {
            await Store.WriteAsync(key, Utf8(name), WriteCondition.Any, Cancellation);
        }

        Assert.Equal([StoreDirectory], _parent.EnumerateFileSystemInfos().Select(e => e.FullName));
        var root = _store.Root + Path.DirectorySeparatorChar;
        var files = Directory.EnumerateFiles(_parent.FullName, "*", SearchOption.AllDirectories).ToList();
        Assert.All(files, file => Assert.StartsWith(root, Path.GetFullPath(file), StringComparison.Ordinal));
        Assert.Equal(OddKeys.ByName.Count, files.Count(file => file.EndsWith(FileStore.ItemSuffix, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task File_names_stay_within_255_bytes()
    {
        foreach (var (name, key) in OddKeys.ByName)
        {
            await Store.WriteAsync(key, Utf8(name), WriteCondition.Any, Cancellation);
        }

        var names = Directory.EnumerateFileSystemEntries(_store.Root, "*", SearchOption.AllDirectories).Select(Path.GetFileName);
        Assert.All(names, name => Assert.InRange(Encoding.UTF8.GetByteCount(name!), 1, 255));
    }

    [Fact]
    public async Task A_readable_key_keeps_a_readable_path()
    {
        await Store.WriteAsync("users/webchat/abc", Utf8("x"), WriteCondition.CreateOnly, Cancellation);

        Assert.True(File.Exists(Path.Combine(_store.Root, "users", "webchat", "abc" + FileStore.ItemSuffix)));
    }

    [Fact]
    public async Task A_leftover_temp_file_from_an_interrupted_write_is_ignored()
    {
        var etag = await Store.WriteAsync("users/webchat/abc", Utf8("committed"), WriteCondition.CreateOnly, Cancellation);
        var tempFile = _store.ItemPath("users/webchat/abc", out _) + FileStore.TempSuffix;
        await File.WriteAllBytesAsync(tempFile, Encoding.UTF8.GetBytes("CB\u0001 half a wri"), Cancellation);
        var orphanTemp = _store.ItemPath("users/webchat/never-committed", out _) + FileStore.TempSuffix;
        await File.WriteAllBytesAsync(orphanTemp, new byte[100], Cancellation);

        var item = await Store.ReadAsync("users/webchat/abc", Cancellation);
        var orphan = await Store.ReadAsync("users/webchat/never-committed", Cancellation);

        Assert.Equal("committed", Text(item));
        Assert.Equal(etag, item!.ETag);
        Assert.Null(orphan);
        await Store.WriteAsync("users/webchat/abc", Utf8("next"), WriteCondition.Matching(etag), Cancellation);
        await Store.WriteAsync("users/webchat/never-committed", Utf8("first"), WriteCondition.CreateOnly, Cancellation);
        Assert.Equal("next", Text(await Store.ReadAsync("users/webchat/abc", Cancellation)));
        Assert.Equal("first", Text(await Store.ReadAsync("users/webchat/never-committed", Cancellation)));
        Assert.False(File.Exists(tempFile));
    }

    [Fact]
    public async Task Two_stores_on_one_directory_lose_no_increment()
    {
        // Two instances share nothing in memory, exactly like two host processes on one directory: only the file lock protects them.
        var other = new FileStore(StoreDirectory);

        await Task.WhenAll(Enumerable.Range(0, 32).Select(i => Task.Run(() => IncrementAsync(i % 2 == 0 ? _store : other, "counter"), Cancellation)));

        Assert.Equal("32", Text(await Store.ReadAsync("counter", Cancellation)));
    }

    [Fact]
    public async Task A_write_waits_while_another_process_holds_the_lock()
    {
        var held = HoldLockOf("users/webchat/abc");

        var write = Store.WriteAsync("users/webchat/abc", Utf8("x"), WriteCondition.CreateOnly, Cancellation);
        Assert.False(write.IsCompleted);
        held.Dispose();

        await write;
        Assert.Equal("x", Text(await Store.ReadAsync("users/webchat/abc", Cancellation)));
    }

    [Fact]
    public async Task A_write_gives_up_as_unavailable_when_the_lock_is_never_released()
    {
        var impatient = new FileStore(StoreDirectory, TimeSpan.FromMilliseconds(100), TimeProvider.System, NullLogger<FileStore>.Instance);
        using var held = HoldLockOf("users/webchat/abc");

        await Assert.ThrowsAsync<StoreUnavailableException>(() => impatient.WriteAsync("users/webchat/abc", Utf8("x"), WriteCondition.Any, Cancellation));

        Assert.Null(await impatient.ReadAsync("users/webchat/abc", Cancellation));
    }

    [Fact]
    public async Task A_file_this_store_did_not_write_is_reported_as_invalid()
    {
        var path = _store.ItemPath("users/webchat/abc", out _);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, "{\"not\":\"ours\"}", Cancellation);

        await Assert.ThrowsAsync<InvalidDataException>(() => Store.ReadAsync("users/webchat/abc", Cancellation));
    }

    private FileStream HoldLockOf(string key) =>
        new(_store.LockFilePath(key), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
}
