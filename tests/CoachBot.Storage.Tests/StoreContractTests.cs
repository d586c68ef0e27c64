using System.Globalization;
using System.Text;

namespace CoachBot.Storage.Tests;

/// <summary>
/// The <see cref="IStore"/> contract, written once and run against every backend. Each test gets a fresh, empty store.
/// </summary>
public abstract class StoreContractTests
{
    protected abstract IStore Store { get; }

    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reading_a_missing_key_returns_null()
    {
        Assert.Null(await Store.ReadAsync("users/webchat/nobody", Cancellation));
    }

    [Fact]
    public async Task Read_returns_the_last_written_value_and_its_etag()
    {
        var etag = await Store.WriteAsync("k", Utf8("first"), WriteCondition.CreateOnly, Cancellation);

        var item = await Store.ReadAsync("k", Cancellation);

        Assert.NotNull(item);
        Assert.Equal("first", Text(item));
        Assert.Equal(etag, item.ETag);
    }

    [Fact]
    public async Task Create_only_succeeds_once_then_conflicts()
    {
        await Store.WriteAsync("k", Utf8("first"), WriteCondition.CreateOnly, Cancellation);

        await Assert.ThrowsAsync<StoreConflictException>(() => Store.WriteAsync("k", Utf8("second"), WriteCondition.CreateOnly, Cancellation));
        Assert.Equal("first", Text(await Store.ReadAsync("k", Cancellation)));
    }

    [Fact]
    public async Task Write_with_a_stale_etag_is_rejected()
    {
        var stale = await Store.WriteAsync("k", Utf8("first"), WriteCondition.CreateOnly, Cancellation);
        await Store.WriteAsync("k", Utf8("second"), WriteCondition.Matching(stale), Cancellation);

        await Assert.ThrowsAsync<StoreConflictException>(() => Store.WriteAsync("k", Utf8("third"), WriteCondition.Matching(stale), Cancellation));
        Assert.Equal("second", Text(await Store.ReadAsync("k", Cancellation)));
    }

    [Fact]
    public async Task Write_with_an_etag_to_a_missing_key_is_rejected()
    {
        var etag = await Store.WriteAsync("k", Utf8("first"), WriteCondition.CreateOnly, Cancellation);
        await Store.DeleteAsync("k", Cancellation);

        await Assert.ThrowsAsync<StoreConflictException>(() => Store.WriteAsync("k", Utf8("again"), WriteCondition.Matching(etag), Cancellation));
        await Assert.ThrowsAsync<StoreConflictException>(() => Store.WriteAsync("never-written", Utf8("x"), WriteCondition.Matching(etag), Cancellation));
        Assert.Null(await Store.ReadAsync("k", Cancellation));
    }

    [Fact]
    public async Task Write_with_any_condition_always_succeeds()
    {
        var first = await Store.WriteAsync("k", Utf8("first"), WriteCondition.Any, Cancellation);
        var second = await Store.WriteAsync("k", Utf8("second"), WriteCondition.Any, Cancellation);

        Assert.NotEqual(first, second);
        Assert.Equal("second", Text(await Store.ReadAsync("k", Cancellation)));
    }

    [Fact]
    public async Task Write_with_the_current_etag_succeeds_and_changes_the_etag()
    {
        var first = await Store.WriteAsync("k", Utf8("first"), WriteCondition.CreateOnly, Cancellation);
        var read = await Store.ReadAsync("k", Cancellation);

        var second = await Store.WriteAsync("k", Utf8("second"), WriteCondition.After(read), Cancellation);

        Assert.NotEqual(first, second);
        var item = await Store.ReadAsync("k", Cancellation);
        Assert.Equal("second", Text(item));
        Assert.Equal(second, item!.ETag);
    }

    [Fact]
    public async Task Deleting_a_missing_key_is_fine()
    {
        await Store.DeleteAsync("users/webchat/nobody", Cancellation);
        await Store.DeleteAsync("users/webchat/nobody", Cancellation);

        Assert.Null(await Store.ReadAsync("users/webchat/nobody", Cancellation));
    }

    [Fact]
    public async Task A_deleted_item_reads_as_null_and_can_be_created_again()
    {
        await Store.WriteAsync("k", Utf8("first"), WriteCondition.CreateOnly, Cancellation);

        await Store.DeleteAsync("k", Cancellation);

        Assert.Null(await Store.ReadAsync("k", Cancellation));
        await Store.WriteAsync("k", Utf8("again"), WriteCondition.CreateOnly, Cancellation);
        Assert.Equal("again", Text(await Store.ReadAsync("k", Cancellation)));
    }

    [Fact]
    public async Task An_empty_key_is_rejected()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ReadAsync("", Cancellation));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteAsync("", Utf8("x"), WriteCondition.Any, Cancellation));
    }

    [Theory]
    [MemberData(nameof(OddKeys.Names), MemberType = typeof(OddKeys))]
    public async Task An_odd_key_round_trips(string name)
    {
        var key = OddKeys.ByName[name];

        var etag = await Store.WriteAsync(key, Utf8(name), WriteCondition.CreateOnly, Cancellation);
        var item = await Store.ReadAsync(key, Cancellation);
        await Store.WriteAsync(key, Utf8(name + " again"), WriteCondition.After(item), Cancellation);
        var after = await Store.ReadAsync(key, Cancellation);
        await Store.DeleteAsync(key, Cancellation);

        Assert.Equal(name, Text(item));
        Assert.Equal(etag, item!.ETag);
        Assert.Equal(name + " again", Text(after));
        Assert.Null(await Store.ReadAsync(key, Cancellation));
    }

    [Fact]
    public async Task Odd_keys_stay_distinct()
    {
        foreach (var (name, key) in OddKeys.ByName)
        {
            await Store.WriteAsync(key, Utf8(name), WriteCondition.CreateOnly, Cancellation);
        }

        foreach (var (name, key) in OddKeys.ByName)
        {
            Assert.Equal(name, Text(await Store.ReadAsync(key, Cancellation)));
        }
    }

    [Fact]
    public async Task Keys_that_differ_only_in_case_do_not_collide()
    {
        await Store.WriteAsync("users/webchat/casey", Utf8("lower"), WriteCondition.CreateOnly, Cancellation);
        await Store.WriteAsync("users/webchat/Casey", Utf8("capital"), WriteCondition.CreateOnly, Cancellation);
        await Store.WriteAsync("users/webchat/CASEY", Utf8("upper"), WriteCondition.CreateOnly, Cancellation);

        Assert.Equal("lower", Text(await Store.ReadAsync("users/webchat/casey", Cancellation)));
        Assert.Equal("capital", Text(await Store.ReadAsync("users/webchat/Casey", Cancellation)));
        Assert.Equal("upper", Text(await Store.ReadAsync("users/webchat/CASEY", Cancellation)));
    }

    [Fact]
    public async Task A_one_megabyte_value_round_trips()
    {
        var value = new byte[1024 * 1024];
        new Random(1234).NextBytes(value);

        var etag = await Store.WriteAsync("big", value, WriteCondition.CreateOnly, Cancellation);
        var item = await Store.ReadAsync("big", Cancellation);

        Assert.NotNull(item);
        Assert.Equal(etag, item.ETag);
        Assert.True(value.AsSpan().SequenceEqual(item.Value.Span), "The 1 MB value came back different.");
    }

    [Fact]
    public async Task An_empty_value_round_trips()
    {
        await Store.WriteAsync("empty", ReadOnlyMemory<byte>.Empty, WriteCondition.CreateOnly, Cancellation);

        var item = await Store.ReadAsync("empty", Cancellation);

        Assert.NotNull(item);
        Assert.Equal(0, item.Value.Length);
    }

    [Fact]
    public async Task Concurrent_read_modify_write_loses_no_increment()
    {
        await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => IncrementAsync(Store, "counter"), Cancellation)));

        Assert.Equal("32", Text(await Store.ReadAsync("counter", Cancellation)));
    }

    /// <summary>Read, add one, write conditionally; on a conflict start again from a fresh read, as a turn does.</summary>
    protected static async Task IncrementAsync(IStore store, string key)
    {
        while (true)
        {
            var item = await store.ReadAsync(key, Cancellation);
            var next = (item is null ? 0 : int.Parse(Text(item), CultureInfo.InvariantCulture)) + 1;
            try
            {
                await store.WriteAsync(key, Utf8(next.ToString(CultureInfo.InvariantCulture)), WriteCondition.After(item), Cancellation);
                return;
            }
            catch (StoreConflictException)
            {
                // Someone else wrote first: retry from their value.
            }
        }
    }

    protected static ReadOnlyMemory<byte> Utf8(string text) => Encoding.UTF8.GetBytes(text);

    protected static string Text(StoreItem? item)
    {
        Assert.NotNull(item);
        return Encoding.UTF8.GetString(item.Value.Span);
    }
}
