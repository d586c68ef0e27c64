using Azure.Storage.Blobs;
using CoachBot.Storage.Blobs;
using CoachBot.Testing.Azurite;

namespace CoachBot.Storage.Tests.Blobs;

public sealed class BlobStoreTests(AzuriteFixture azurite) : StoreContractTests, IAsyncLifetime
{
    private readonly string _containerName = AzuriteFixture.NewContainerName();
    private BlobStore? _store;

    protected override IStore Store => _store ??= new BlobStore(azurite.ConnectionString, _containerName);

    private BlobContainerClient Container => azurite.Container(_containerName);

    public ValueTask InitializeAsync() => default;

    public async ValueTask DisposeAsync() => await Container.DeleteIfExistsAsync(cancellationToken: Cancellation);

    [Fact]
    public async Task The_container_is_created_by_the_first_write()
    {
        Assert.False(await Container.ExistsAsync(Cancellation));
        Assert.Null(await Store.ReadAsync("users/webchat/abc", Cancellation));

        await Store.WriteAsync("users/webchat/abc", Utf8("x"), WriteCondition.CreateOnly, Cancellation);

        Assert.True(await Container.ExistsAsync(Cancellation));
    }

    [Fact]
    public async Task A_container_deleted_behind_the_store_is_created_again()
    {
        var etag = await Store.WriteAsync("users/webchat/abc", Utf8("x"), WriteCondition.CreateOnly, Cancellation);
        await Container.DeleteAsync(cancellationToken: Cancellation);

        await Assert.ThrowsAsync<StoreConflictException>(() => Store.WriteAsync("users/webchat/abc", Utf8("y"), WriteCondition.Matching(etag), Cancellation));
        await Store.WriteAsync("users/webchat/abc", Utf8("z"), WriteCondition.CreateOnly, Cancellation);

        Assert.Equal("z", Text(await Store.ReadAsync("users/webchat/abc", Cancellation)));
    }

    [Fact]
    public async Task A_readable_key_keeps_a_readable_blob_name()
    {
        await Store.WriteAsync("users/msteams/Casey", Utf8("x"), WriteCondition.CreateOnly, Cancellation);

        Assert.True(await Container.GetBlobClient("users/msteams/Casey").ExistsAsync(Cancellation));
    }

    [Fact]
    public async Task Blob_names_for_hostile_keys_have_no_dot_segments_and_fit_the_limit()
    {
        foreach (var (name, key) in OddKeys.ByName)
        {
            await Store.WriteAsync(key, Utf8(name), WriteCondition.Any, Cancellation);
        }

        var names = new List<string>();
        await foreach (var blob in Container.GetBlobsAsync(cancellationToken: Cancellation))
        {
            names.Add(blob.Name);
        }

        Assert.Equal(OddKeys.ByName.Count, names.Count);
        Assert.All(names, name =>
        {
            Assert.InRange(name.Length, 1, 1024);
            Assert.DoesNotContain(name.Split('/'), segment => segment is "" or "." or "..");
            Assert.DoesNotContain(name, c => char.IsControl(c) || c == '\\');
        });
    }
}
