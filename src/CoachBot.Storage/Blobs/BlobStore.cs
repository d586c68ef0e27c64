using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using CoachBot.Storage.Keys;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.Storage.Blobs;

/// <summary>
/// One block blob per key in one container, with the blob's own ETag: If-Match for conditional writes,
/// If-None-Match: * for create-only. The container is created by the first write that finds it missing.
/// Conflicts surface as <see cref="StoreConflictException"/>, an unreachable, throttling or failing service as
/// <see cref="StoreUnavailableException"/>; a misconfiguration (no permission, a refused API version) keeps the
/// Azure SDK's own exception, so it is loud rather than retried.
/// </summary>
public sealed class BlobStore : IStore
{
    private static readonly string ContainerNotFound = BlobErrorCode.ContainerNotFound.ToString();

    private readonly BlobContainerClient _container;
    private readonly ILogger _logger;
    private readonly Lock _containerGate = new();
    private Task? _containerCreation;

    /// <summary>A store on the account named by <paramref name="connectionString"/> (an account key or SAS, or Azurite's).</summary>
    public BlobStore(string connectionString, string containerName, BlobClientOptions? options = null, ILogger<BlobStore>? logger = null)
        : this(new BlobContainerClient(connectionString, containerName, options ?? new BlobClientOptions()), logger)
    {
    }

    /// <summary>A store on the account at <paramref name="accountUri"/>, signed in with <paramref name="credential"/> (e.g. a managed identity).</summary>
    public BlobStore(Uri accountUri, string containerName, TokenCredential credential, BlobClientOptions? options = null, ILogger<BlobStore>? logger = null)
        : this(new BlobServiceClient(accountUri, credential, options ?? new BlobClientOptions()).GetBlobContainerClient(containerName), logger)
    {
    }

    /// <summary>A store on an existing container client.</summary>
    public BlobStore(BlobContainerClient container, ILogger<BlobStore>? logger = null)
    {
        _container = container;
        _logger = logger ?? NullLogger<BlobStore>.Instance;
        StorageLog.BlobStoreOpened(_logger, container.Name, container.AccountName);
    }

    /// <summary>The container the items live in.</summary>
    public string ContainerName => _container.Name;

    /// <inheritdoc />
    public async Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var blob = _container.GetBlobClient(BlobName(key));
        try
        {
            // Content and ETag come from one response: never a second call that could see a newer version.
            var result = (await blob.DownloadContentAsync(cancellationToken)).Value;
            return new StoreItem(result.Content.ToMemory(), result.Details.ETag.ToString());
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
        catch (Exception e) when (Translate(e, "read", condition: null, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    /// <inheritdoc />
    public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> value, WriteCondition condition, CancellationToken cancellationToken)
    {
        var blob = _container.GetBlobClient(BlobName(key));
        var options = new BlobUploadOptions { Conditions = ToRequestConditions(condition) };
        var content = BinaryData.FromBytes(value);
        var creationSeen = Volatile.Read(ref _containerCreation);
        var creationHadFinished = creationSeen is { IsCompletedSuccessfully: true };
        try
        {
            try
            {
                return (await blob.UploadAsync(content, options, cancellationToken)).Value.ETag.ToString();
            }
            catch (RequestFailedException e) when (e.ErrorCode == ContainerNotFound && (condition.IsCreateOnly || condition.IsUnconditional))
            {
                // A write that expects an ETag has lost anyway (the 404 below becomes a conflict); the others create the container.
                await CreateContainerAsync(creationSeen, creationHadFinished).WaitAsync(cancellationToken);
                return (await blob.UploadAsync(content, options, cancellationToken)).Value.ETag.ToString();
            }
        }
        catch (Exception e) when (Translate(e, "write", condition, cancellationToken) is { } translated)
        {
            if (translated is StoreConflictException)
            {
                StorageLog.WriteConflict(_logger, key);
            }

            throw translated;
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var blob = _container.GetBlobClient(BlobName(key));
        try
        {
            await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, conditions: null, cancellationToken);
        }
        catch (Exception e) when (Translate(e, "delete", condition: null, cancellationToken) is { } translated)
        {
            throw translated;
        }
    }

    internal static string BlobName(string key) => StoreKeyEncoder.Encode(key, forFileSystem: false);

    private static BlobRequestConditions? ToRequestConditions(WriteCondition condition) =>
        condition.IsCreateOnly ? new BlobRequestConditions { IfNoneMatch = ETag.All }
        : condition.IsUnconditional ? null
        : new BlobRequestConditions { IfMatch = new ETag(condition.IfMatch!) };

    // Created when a write finds it missing, not up front: no extra request per process, and no need for the right to
    // create containers where the deployment made one. Writers that find it missing together share one creation;
    // a failed creation is not remembered, and a container that vanishes after being created is created again.
    private Task CreateContainerAsync(Task? creationSeen, bool creationHadFinished)
    {
        lock (_containerGate)
        {
            var current = _containerCreation;
            if (current is null || current.IsFaulted || current.IsCanceled || (current == creationSeen && creationHadFinished))
            {
                StorageLog.ContainerMissing(_logger, _container.Name);
                _containerCreation = current = CreateContainerCoreAsync();
            }

            return current;
        }
    }

    // Shared by every waiting writer, so it must not die with the first caller's token; the client's timeouts bound it.
    private async Task CreateContainerCoreAsync()
    {
        try
        {
            await _container.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
            StorageLog.ContainerCreated(_logger, _container.Name);
        }
        catch (Exception e)
        {
            // Whatever the reason (unreachable, being deleted, not allowed), the write could not happen: never a conflict.
            StorageLog.BlobStoreUnavailable(_logger, "container creation", e);
            throw new StoreUnavailableException("The blob container is missing and could not be created.", e);
        }
    }

    private Exception? Translate(Exception exception, string operation, WriteCondition? condition, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case RequestFailedException { Status: 409 or 412 } when condition is not null:
                return new StoreConflictException("Another writer changed the item first.", exception);
            case RequestFailedException { Status: 404 } when condition is { IsCreateOnly: false, IsUnconditional: false }:
                return new StoreConflictException("The item was deleted since it was read.", exception);
            case RequestFailedException { Status: 404 } when condition is not null:
                // The container vanished again between its creation and the retried write.
            case RequestFailedException { Status: 0 or 408 or 429 or >= 500 }:
            case AggregateException or HttpRequestException or IOException or TimeoutException:
            case AuthenticationFailedException or CredentialUnavailableException:
            case OperationCanceledException when !cancellationToken.IsCancellationRequested:
                StorageLog.BlobStoreUnavailable(_logger, operation, exception);
                return new StoreUnavailableException("Blob storage could not be reached or answered with an error.", exception);
            default:
                return null;
        }
    }
}
