using System.Diagnostics;
using System.Text;
using Azure.Core;
using Azure.Storage.Blobs;
using CoachBot.Storage.Blobs;
using CoachBot.Testing.Azurite;

namespace CoachBot.Storage.Tests.Blobs;

/// <summary>Runs its own Azurite, which it stops and starts again; a class of its own so the other tests need not wait.</summary>
public sealed class BlobStoreOutageTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Operations_fail_as_unavailable_while_the_service_is_down_and_work_again_once_it_is_back()
    {
        await using var azurite = await AzuriteProcess.StartAsync(Cancellation);
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 1;
        options.Retry.Mode = RetryMode.Fixed;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(2);
        var store = new BlobStore(azurite.ConnectionString, "state", options);
        await azurite.StopAsync();

        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.WriteAsync("users/webchat/abc", "x"u8.ToArray(), WriteCondition.CreateOnly, Cancellation));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.ReadAsync("users/webchat/abc", Cancellation));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.DeleteAsync("users/webchat/abc", Cancellation));
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));

        await azurite.RestartAsync(Cancellation);

        // The failed container creation was not remembered: this write creates it.
        var etag = await store.WriteAsync("users/webchat/abc", "x"u8.ToArray(), WriteCondition.CreateOnly, Cancellation);
        var item = await store.ReadAsync("users/webchat/abc", Cancellation);
        Assert.NotNull(item);
        Assert.Equal("x", Encoding.UTF8.GetString(item.Value.Span));
        Assert.Equal(etag, item.ETag);
    }
}
