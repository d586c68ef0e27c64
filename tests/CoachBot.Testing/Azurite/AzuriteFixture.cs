using Azure.Storage.Blobs;
using Xunit;

namespace CoachBot.Testing.Azurite;

/// <summary>
/// An Azurite blob service shared by a test assembly or collection. Use it as
/// <c>[assembly: AssemblyFixture(typeof(AzuriteFixture))]</c> and take it in a test class constructor.
/// Tests fail, never skip, when Azurite is missing: the error names <c>npm ci</c> at the repository root.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public AzuriteProcess Azurite => _azurite ?? throw new InvalidOperationException("The Azurite fixture has not been initialised.");

    public string ConnectionString => Azurite.ConnectionString;

    /// <summary>A fresh, unique container name, so tests sharing one Azurite never see each other's items.</summary>
    public static string NewContainerName() => "test-" + Guid.NewGuid().ToString("N");

    public BlobContainerClient Container(string name) => new(ConnectionString, name);

    public async ValueTask InitializeAsync() => _azurite = await AzuriteProcess.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
