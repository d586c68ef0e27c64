using System.Diagnostics.Metrics;
using Azure.Identity;
using Azure.Storage.Blobs;
using CoachBot.Storage.Blobs;
using CoachBot.Storage.FileSystem;
using CoachBot.Storage.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoachBot.Storage;

/// <summary>Registers the state store chosen by the <c>Storage</c> configuration section.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="StorageOptions"/> from <c>Storage</c> (validated on start) and registers <see cref="IStore"/> as a
    /// singleton: the file store or the Blob store, wrapped in a <see cref="CountingStore"/> that is also registered as itself.
    /// </summary>
    public static IServiceCollection AddCoachBotStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new CountingStore(CreateStore(sp), sp.GetRequiredService<IMeterFactory>()));
        services.TryAddSingleton<IStore>(sp => sp.GetRequiredService<CountingStore>());
        return services;
    }

    private static IStore CreateStore(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        return options.Kind == StorageKind.Blob
            ? CreateBlobStore(options.Blob, Logger<BlobStore>(services))
            : new FileStore(
                StateDirectory(options.File, services.GetService<IHostEnvironment>()),
                options.File.LockTimeout,
                services.GetRequiredService<TimeProvider>(),
                Logger<FileStore>(services))
            {
                FlushToDisk = options.File.FlushToDisk,
            };
    }

    private static string StateDirectory(FileStorageOptions options, IHostEnvironment? environment)
    {
        var contentRoot = environment?.ContentRootPath ?? AppContext.BaseDirectory;
        return Path.GetFullPath(Path.Combine(contentRoot, options.Directory ?? Path.Combine("App_Data", "state")));
    }

    private static BlobStore CreateBlobStore(BlobStorageOptions options, ILogger<BlobStore> logger)
    {
        // Azurite refuses service versions newer than it knows; pin the newest it accepts when talking to it.
        var clientOptions = IsDevelopmentStorage(options.ConnectionString)
            ? new BlobClientOptions(BlobClientOptions.ServiceVersion.V2025_11_05)
            : new BlobClientOptions();
        clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;
        clientOptions.Retry.MaxRetries = options.MaxRetries;
        clientOptions.Retry.Delay = options.RetryDelay;
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(2);

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new BlobStore(options.ConnectionString, options.ContainerName, clientOptions, logger);
        }

        var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? null : options.ManagedIdentityClientId,
        });
        return new BlobStore(options.AccountUri!, options.ContainerName, credential, clientOptions, logger);
    }

    internal static bool IsDevelopmentStorage(string? connectionString) =>
        connectionString is not null &&
        (connectionString.Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase) ||
         connectionString.Contains("AccountName=devstoreaccount1", StringComparison.OrdinalIgnoreCase));

    private static ILogger<T> Logger<T>(IServiceProvider services) =>
        services.GetService<ILogger<T>>() ?? NullLogger<T>.Instance;
}
