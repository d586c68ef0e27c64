using System.Net;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using CoachBot.Storage.Blobs;
using CoachBot.Testing.Azurite;

namespace CoachBot.Storage.Tests.Blobs;

/// <summary>Container creation against Azurite, with the HTTP path in between able to fail a creation on purpose.</summary>
public sealed class BlobContainerCreationTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _containerName = AzuriteFixture.NewContainerName();
    private readonly ContainerCreationFaults _faults = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => default;

    public async ValueTask DisposeAsync()
    {
        await azurite.Container(_containerName).DeleteIfExistsAsync(cancellationToken: Cancellation);
        _faults.Dispose();
    }

    [Fact]
    public async Task A_failed_container_creation_is_tried_again_by_the_next_write()
    {
        var store = NewStore();
        _faults.FailNextCreations = 1;

        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.WriteAsync("k", "1"u8.ToArray(), WriteCondition.CreateOnly, Cancellation));
        await store.WriteAsync("k", "2"u8.ToArray(), WriteCondition.CreateOnly, Cancellation);

        Assert.Equal(2, _faults.Creations);
        Assert.True(await azurite.Container(_containerName).ExistsAsync(Cancellation));
    }

    [Fact]
    public async Task Writers_that_find_the_container_missing_together_create_it_once()
    {
        var store = NewStore();

        await Task.WhenAll(Enumerable.Range(0, 16).Select(i => store.WriteAsync("k" + i, "1"u8.ToArray(), WriteCondition.CreateOnly, Cancellation)));

        Assert.Equal(1, _faults.Creations);
    }

    [Fact]
    public async Task An_existing_container_costs_no_creation_request()
    {
        await azurite.Container(_containerName).CreateAsync(cancellationToken: Cancellation);
        var store = NewStore();

        await store.WriteAsync("k", "1"u8.ToArray(), WriteCondition.CreateOnly, Cancellation);

        Assert.Equal(0, _faults.Creations);
    }

    private BlobStore NewStore()
    {
        var options = new BlobClientOptions { Transport = new HttpClientTransport(_faults) };
        options.Retry.MaxRetries = 0;
        return new BlobStore(azurite.ConnectionString, _containerName, options);
    }

    /// <summary>Passes every request on to Azurite, counting container creations and failing the next few with a 503.</summary>
    private sealed class ContainerCreationFaults() : DelegatingHandler(new HttpClientHandler())
    {
        private int _creations;

        public int FailNextCreations { get; set; }

        public int Creations => Volatile.Read(ref _creations);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var isCreation = request.Method == HttpMethod.Put &&
                request.RequestUri!.Query.Contains("restype=container", StringComparison.Ordinal) &&
                !request.RequestUri.Query.Contains("comp=", StringComparison.Ordinal);
            if (isCreation && Interlocked.Increment(ref _creations) <= FailNextCreations)
            {
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { RequestMessage = request });
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
