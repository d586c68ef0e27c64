using CoachBot.Storage.Blobs;
using CoachBot.Storage.FileSystem;
using CoachBot.Storage.Metrics;
using CoachBot.Testing.Azurite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CoachBot.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests(AzuriteFixture azurite) : IDisposable
{
    private readonly DirectoryInfo _contentRoot = Directory.CreateTempSubdirectory("coachbot-host-");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public void Dispose() => _contentRoot.Delete(recursive: true);

    [Fact]
    public async Task By_default_state_is_a_counted_file_store_under_the_content_root()
    {
        using var host = BuildHost();
        await host.StartAsync(Cancellation);

        var store = host.Services.GetRequiredService<IStore>();

        var counting = Assert.IsType<CountingStore>(store);
        Assert.Same(counting, host.Services.GetRequiredService<CountingStore>());
        var files = Assert.IsType<FileStore>(counting.Inner);
        Assert.Equal(Path.Combine(_contentRoot.FullName, "App_Data", "state"), files.Root);
        await store.WriteAsync("users/webchat/abc", "x"u8.ToArray(), WriteCondition.CreateOnly, Cancellation);
        Assert.Equal(1, counting.Snapshot().Writes);
        await host.StopAsync(Cancellation);
    }

    [Fact]
    public void A_relative_file_directory_is_under_the_content_root()
    {
        using var host = BuildHost(("Storage:File:Directory", "data/state"));

        var store = (CountingStore)host.Services.GetRequiredService<IStore>();

        Assert.Equal(Path.Combine(_contentRoot.FullName, "data", "state"), Assert.IsType<FileStore>(store.Inner).Root);
    }

    [Fact]
    public async Task Blob_storage_with_a_connection_string_stores_in_the_configured_container()
    {
        var container = AzuriteFixture.NewContainerName();
        using var host = BuildHost(
            ("Storage:Kind", "Blob"),
            ("Storage:Blob:ConnectionString", azurite.ConnectionString),
            ("Storage:Blob:ContainerName", container));
        await host.StartAsync(Cancellation);

        var store = (CountingStore)host.Services.GetRequiredService<IStore>();
        await store.WriteAsync("users/webchat/abc", "x"u8.ToArray(), WriteCondition.CreateOnly, Cancellation);

        Assert.Equal(container, Assert.IsType<BlobStore>(store.Inner).ContainerName);
        Assert.True(await azurite.Container(container).GetBlobClient("users/webchat/abc").ExistsAsync(Cancellation));
        await azurite.Container(container).DeleteAsync(cancellationToken: Cancellation);
        await host.StopAsync(Cancellation);
    }

    [Fact]
    public void Blob_storage_defaults_to_the_coachbot_state_container()
    {
        using var host = BuildHost(("Storage:Kind", "Blob"), ("Storage:Blob:AccountUri", "https://coachbot.blob.core.windows.net"));

        var store = (CountingStore)host.Services.GetRequiredService<IStore>();

        Assert.Equal("coachbot-state", Assert.IsType<BlobStore>(store.Inner).ContainerName);
    }

    [Fact]
    public async Task Blob_storage_without_a_connection_string_or_account_fails_on_start()
    {
        using var host = BuildHost(("Storage:Kind", "Blob"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Cancellation));

        Assert.Contains("Storage:Blob:ConnectionString or Storage:Blob:AccountUri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_container_name_fails_on_start()
    {
        using var host = BuildHost(("Storage:Kind", "Blob"), ("Storage:Blob:ConnectionString", azurite.ConnectionString), ("Storage:Blob:ContainerName", "Not_Valid"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Cancellation));

        Assert.Contains("Storage:Blob:ContainerName", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UseDevelopmentStorage=true", true)]
    [InlineData("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;", true)]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=coachbot;AccountKey=a2V5;EndpointSuffix=core.windows.net", false)]
    public void Azurite_connection_strings_are_recognised(string connectionString, bool expected)
    {
        Assert.Equal(expected, StorageServiceCollectionExtensions.IsDevelopmentStorage(connectionString));
    }

    private IHost BuildHost(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = _contentRoot.FullName,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.Services.AddCoachBotStorage();
        return builder.Build();
    }
}
